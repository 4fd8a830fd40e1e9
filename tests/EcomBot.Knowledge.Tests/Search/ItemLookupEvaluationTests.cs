using EcomBot.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace EcomBot.Knowledge.Tests.Search;

[Collection(EmbeddingModelCollection.Name)]
public sealed class ItemLookupEvaluationTests(EmbeddingModelFixture model, ITestOutputHelper output)
{
    private static readonly string TrainQueries = Path.Combine(RepositoryPaths.SharedData, "tau2-retail", "item_queries_train.tsv");

    [Fact]
    public async Task TrainLookupsPutTheRequestedVariantFirstNineTimesInTen()
    {
        var store = await model.DemoStoreAsync();

        var scores = await new ItemLookupEvaluation(store.Products).RunAsync(ItemLookupEvaluation.ReadTsv(TrainQueries));

        output.WriteLine(scores.ToString());
        foreach (var (lookup, rank) in scores.Misses)
        {
            output.WriteLine($"rank {rank}: {lookup.Query} -> {lookup.ExpectedItemId}");
        }
        Assert.True(scores.HitAt1 >= 0.9, scores.ToString());
    }
}
