using System.Globalization;
using EcomBot.Bot.Cli;
using EcomBot.Knowledge.Search;

namespace EcomBot.Tools.Knowledge;

/// <summary><c>search policies "..."</c>: prints the help-article passages that answer a question, or that none is reliable.</summary>
internal sealed class SearchPoliciesVerb(PolicySearch search, IndexedKnowledge knowledge) : ICliVerb
{
    public string Name => "search policies";

    public string Usage => "search policies \"how long does a refund take?\" [--limit 3]";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        await knowledge.EnsureAsync(cancellationToken);
        var question = string.Join(' ', args.Positional);
        if (question.Length == 0)
        {
            throw new CliUsageException("ask a question");
        }
        var answer = await search.SearchAsync(question, args.IntOption("limit", 3), cancellationToken);
        if (!answer.FoundReliableAnswer)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"nothing reliable found (best similarity {answer.BestSimilarity:F3} < {search.MinimumSimilarity:F2})"));
            return 0;
        }
        foreach (var passage in answer.Passages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{passage.Similarity:F3}  {passage.ArticleTitle} > {passage.Section}  [{passage.Anchor}]\n       {passage.Text.ReplaceLineEndings(" ")}"));
        }
        return 0;
    }
}
