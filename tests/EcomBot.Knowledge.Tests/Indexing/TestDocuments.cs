using EcomBot.Knowledge.Embeddings;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Lexical;

namespace EcomBot.Knowledge.Tests.Indexing;

/// <summary>Small hand-made documents with 8-dimension vectors, so index tests need no embedding model.</summary>
internal static class TestDocuments
{
    public const int Dimensions = 8;

    /// <summary>A unit vector leaning towards axis <paramref name="axis"/>, a little towards the next one.</summary>
    public static float[] Towards(int axis, float lean = 0.2f)
    {
        var vector = new float[Dimensions];
        vector[axis % Dimensions] = 1;
        vector[(axis + 1) % Dimensions] = lean;
        return VectorMath.Normalized(vector);
    }

    public static KnowledgeDocument Product(string id, string type, float[] dense, decimal price = 20m, bool available = true, string text = "", params (string Key, string Value)[] options)
    {
        var variant = new VariantPayload($"{id}-1", options.ToDictionary(o => o.Key, o => o.Value), price, available);
        var payload = new KnowledgePayload
        {
            Kind = KnowledgePayload.ProductKind,
            Title = type,
            Text = $"{type} {text}",
            ProductId = id,
            ProductType = type.ToLowerInvariant(),
            OptionValues = options.Select(o => OptionValue.Format(o.Key, o.Value)).ToList(),
            Prices = [(double)price],
            Available = available,
            Variants = [variant],
        };
        var terms = TextAnalyzer.Terms(payload.Text);
        return new KnowledgeDocument(id, $"hash-{id}-{price}", payload, dense, new Bm25Encoder(6).EncodeDocument(terms));
    }

    public static KnowledgeQuery Query(float[] dense, string text = "") =>
        new(dense, Bm25Encoder.EncodeQuery(TextAnalyzer.Terms(text)));
}
