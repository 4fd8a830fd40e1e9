using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Lexical;

namespace EcomBot.Knowledge.Tests.Indexing;

/// <summary>The compact first passes of large dense scans: their arithmetic, and results that match the exact scan.</summary>
public sealed class QuantisedSearchTests
{
    private const int LargeDimensions = 384;

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(33)]
    [InlineData(70)]
    [InlineData(384)]
    public void TheIntegerDotProductEqualsTheScalarSumAtEveryLength(int length)
    {
        var random = new Random(length);
        var query = Enumerable.Range(0, length).Select(_ => (short)random.Next(-127, 128)).ToArray();
        var codes = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        codes[0] = -127;
        query[0] = -127;
        var expected = query.Zip(codes, (q, c) => q * c).Sum();

        Assert.Equal(expected, Int8Dot.Dot(query, codes));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(384)]
    public void TheSignEstimateIsCloseToTheSumOfTheQueryWhereTheDocumentIsPositive(int dimensions)
    {
        var random = new Random(dimensions);
        var signs = new SignCodes(dimensions);
        var documents = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToList();
        documents.ForEach(d => signs.Set(documents.IndexOf(d), d));
        var query = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();

        var prepared = signs.Prepare(query);

        // Each component is rounded to one of 16 levels, so each is off by at most half a level.
        for (var slot = 0; slot < documents.Count; slot++)
        {
            var positive = Enumerable.Range(0, dimensions).Where(i => documents[slot][i] > 0).ToList();
            var expected = positive.Sum(i => query[i]);
            Assert.InRange(signs.Score(prepared, slot), expected - positive.Count * prepared.Step / 2 - 1e-4, expected + positive.Count * prepared.Step / 2 + 1e-4);
        }
    }

    [Fact]
    public void TheNarrowingScanReturnsTheExactTopTenInTheExactOrder()
    {
        var random = new Random(11);
        var count = DenseScan.QuantisedFrom + 1_000;
        var vectors = new float[count * LargeDimensions];
        var compressed = new CompressedVectors(LargeDimensions);
        for (var slot = 0; slot < count; slot++)
        {
            var vector = RandomUnitVector(random);
            vector.CopyTo(vectors, slot * LargeDimensions);
            compressed.Set(slot, vector);
        }
        var found = 0;
        for (var q = 0; q < 20; q++)
        {
            var query = RandomUnitVector(random);

            var searched = DenseScan.TopK(vectors, compressed, count, query, 10, allowed: null);

            var exact = DenseScan.ExactTopK(vectors, count, query, 10);
            found += exact.Intersect(searched).Count();
            var scores = searched.Select(slot => Dot(query, vectors.AsSpan(slot * LargeDimensions, LargeDimensions))).ToList();
            Assert.Equal(scores.OrderDescending(), scores);
        }
        Assert.True(found >= 196, $"recall@10 {found / 200.0:F3} is under 0.98");
    }

    [Fact]
    public async Task ALargeCollectionStillFindsMovedAndReplacedDocumentsAfterDeletes()
    {
        var random = new Random(5);
        using var index = new EmbeddedKnowledgeIndex(LargeDimensions);
        var documents = Enumerable.Range(0, DenseScan.QuantisedFrom + 10)
            .Select(i => new KnowledgeDocument($"doc-{i}", "h", Payload(i), RandomUnitVector(random), SparseVector.Empty))
            .ToList();
        await index.UpsertAsync("c", documents);
        // Deleting early documents moves the last ones into their slots; replacing one re-quantises it.
        await index.DeleteAsync("c", ["doc-0", "doc-1", "doc-2"]);
        var replacement = RandomUnitVector(random);
        await index.UpsertAsync("c", [documents[5] with { Dense = replacement }]);

        var last = documents[^1];
        var lastHit = await index.SearchAsync("c", new KnowledgeQuery(last.Dense, SparseVector.Empty) { Limit = 1 });
        var replacedHit = await index.SearchAsync("c", new KnowledgeQuery(replacement, SparseVector.Empty) { Limit = 1 });
        var deletedHit = await index.SearchAsync("c", new KnowledgeQuery(documents[0].Dense, SparseVector.Empty) { Limit = 1 });

        Assert.Equal(last.Id, Assert.Single(lastHit).Id);
        Assert.Equal("doc-5", Assert.Single(replacedHit).Id);
        Assert.NotEqual("doc-0", Assert.Single(deletedHit).Id);
        Assert.Equal(DenseScan.QuantisedFrom + 7, index.Count("c"));
    }

    private static KnowledgePayload Payload(int i) => new() { Kind = KnowledgePayload.ProductKind, Title = $"p{i}", Text = $"p{i}" };

    private static float[] RandomUnitVector(Random random)
    {
        var vector = Enumerable.Range(0, LargeDimensions).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => v / norm)];
    }

    private static float Dot(float[] a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
