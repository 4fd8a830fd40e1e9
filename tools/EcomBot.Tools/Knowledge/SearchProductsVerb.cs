using System.Globalization;
using EcomBot.Bot.Cli;
using EcomBot.Knowledge.Search;

namespace EcomBot.Tools.Knowledge;

/// <summary><c>search products "..."</c>: prints the variants a shopper's words find, with the reason for each.</summary>
internal sealed class SearchProductsVerb(ProductSearch search, IndexedKnowledge knowledge) : ICliVerb
{
    public string Name => "search products";

    public string Usage => "search products \"red t-shirt size L under $60\" [--limit 5] [--available]";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        await knowledge.EnsureAsync(cancellationToken);
        var text = string.Join(' ', args.Positional);
        if (text.Length == 0)
        {
            throw new CliUsageException("say what to look for");
        }
        var request = new ProductSearchRequest(text) { Limit = args.IntOption("limit", 5), AvailableOnly = args.Flag("available") };
        foreach (var match in await search.SearchAsync(request, cancellationToken))
        {
            var options = string.Join(", ", match.Options.Select(o => $"{o.Key}: {o.Value}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{match.Score:F3}  {match.ItemId}  {match.ProductName} ({options})  ${match.Price:0.00}{(match.Available ? "" : "  [unavailable]")}\n       {match.Reason}"));
        }
        return 0;
    }
}
