using EcomBot.TestSupport;
using EcomBot.Tools.Knowledge;
using Xunit.Abstractions;

namespace EcomBot.Tools.Tests.Knowledge;

public sealed class ItemLookupEvaluationTests(ITestOutputHelper output)
{
    private static readonly string TrainQueries = SharedDataSets.File("tau2-retail/item_queries_train.tsv");

    [Fact]
    public async Task TrainLookupsPutTheRequestedVariantFirstNineTimesInTen()
    {
        var products = await ShippedKnowledge.ProductsAsync();

        var scores = await new ItemLookupEvaluation(products).RunAsync(ItemLookupEvaluation.ReadTsv(TrainQueries));

        output.WriteLine(scores.ToString());
        foreach (var (lookup, rank) in scores.Misses)
        {
            output.WriteLine($"rank {rank}: {lookup.Query} -> {lookup.ExpectedItemId}");
        }
        Assert.True(scores.HitAt1 >= 0.9, scores.ToString());
    }
}
