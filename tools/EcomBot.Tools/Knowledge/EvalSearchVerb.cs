using EcomBot.Bot.Cli;
using EcomBot.Knowledge.Search;

namespace EcomBot.Tools.Knowledge;

/// <summary><c>eval search --data FILE</c>: item look-up quality; the last line is <c>hit@1=.. hit@5=.. mrr=.. n=..</c>.</summary>
internal sealed class EvalSearchVerb(ProductSearch search, IndexedKnowledge knowledge) : ICliVerb
{
    public string Name => "eval search";

    public string Usage => "eval search --data ../shared/data/tau2-retail/item_queries_train.tsv";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        await knowledge.EnsureAsync(cancellationToken);
        var path = args.ExistingFile("data");
        var scores = await new ItemLookupEvaluation(search).RunAsync(ItemLookupEvaluation.ReadTsv(path), cancellationToken);
        foreach (var (lookup, rank) in scores.Misses)
        {
            Console.WriteLine($"{(rank == 0 ? "not found" : $"rank {rank}")}: {lookup.Query} -> {lookup.ExpectedItemId}");
        }
        Console.WriteLine(scores);
        return 0;
    }
}
