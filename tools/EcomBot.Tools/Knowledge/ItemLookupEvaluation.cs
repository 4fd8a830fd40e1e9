using System.Globalization;
using EcomBot.Knowledge.Search;

namespace EcomBot.Tools.Knowledge;

/// <summary>One look-up: what a shopper asked for and the variant that answers it.</summary>
public sealed record ItemLookup(string Query, string ExpectedItemId);

/// <summary>Ranking quality of item look-ups: share with the right variant first, in the top five, and the mean reciprocal rank.</summary>
public sealed record ItemLookupScores(double HitAt1, double HitAt5, double MeanReciprocalRank, int Count, IReadOnlyList<(ItemLookup Lookup, int Rank)> Misses)
{
    /// <summary>The summary line the <c>eval search</c> verb ends with.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"hit@1={HitAt1:F3} hit@5={HitAt5:F3} mrr={MeanReciprocalRank:F3} n={Count}");
}

/// <summary>Runs item look-ups (tab-separated <c>query</c>, <c>expected_item_id</c>, ...) through <see cref="ProductSearch"/>.</summary>
public sealed class ItemLookupEvaluation(ProductSearch search)
{
    private const int Depth = 10;

    public static IReadOnlyList<ItemLookup> ReadTsv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        var (query, expected) = (Array.IndexOf(header, "query"), Array.IndexOf(header, "expected_item_id"));
        if (query < 0 || expected < 0)
        {
            throw new InvalidDataException($"'{path}' needs the columns query and expected_item_id.");
        }
        return lines.Skip(1).Select(l => l.Split('\t')).Select(f => new ItemLookup(f[query], f[expected])).ToList();
    }

    public async Task<ItemLookupScores> RunAsync(IReadOnlyList<ItemLookup> lookups, CancellationToken cancellationToken = default)
    {
        var ranks = new List<(ItemLookup Lookup, int Rank)>(lookups.Count);
        foreach (var lookup in lookups)
        {
            var results = await search.SearchAsync(new ProductSearchRequest(lookup.Query) { Limit = Depth }, cancellationToken);
            var index = results.Select(r => r.ItemId).ToList().IndexOf(lookup.ExpectedItemId);
            ranks.Add((lookup, index < 0 ? 0 : index + 1));
        }
        var n = Math.Max(1, ranks.Count);
        return new ItemLookupScores(
            ranks.Count(r => r.Rank == 1) / (double)n,
            ranks.Count(r => r.Rank is >= 1 and <= 5) / (double)n,
            ranks.Sum(r => r.Rank == 0 ? 0 : 1.0 / r.Rank) / n,
            ranks.Count,
            ranks.Where(r => r.Rank != 1).ToList());
    }
}
