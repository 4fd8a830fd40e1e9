using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

namespace EcomBot.Knowledge.Indexing.Qdrant;

/// <summary>Maps <see cref="KnowledgePayload"/> to Qdrant's typed payload values and back, field by field.</summary>
internal static class QdrantPayload
{
    /// <summary>Qdrant ids are integers or UUIDs: a document's string id maps to a UUID made from its SHA-256.</summary>
    public static Guid PointIdOf(string documentId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(documentId)).AsSpan(0, 16));

    public static void Write(MapField<string, Value> target, string documentId, string contentHash, KnowledgePayload payload)
    {
        target[QdrantSchema.DocumentId] = documentId;
        target[QdrantSchema.ContentHash] = contentHash;
        target[QdrantSchema.Kind] = payload.Kind;
        target[QdrantSchema.Title] = payload.Title;
        target[QdrantSchema.Text] = payload.Text;
        SetIfPresent(target, QdrantSchema.ArticleId, payload.ArticleId);
        SetIfPresent(target, QdrantSchema.Section, payload.Section);
        SetIfPresent(target, QdrantSchema.Anchor, payload.Anchor);
        SetIfPresent(target, QdrantSchema.ProductId, payload.ProductId);
        SetIfPresent(target, QdrantSchema.ProductType, payload.ProductType);
        target[QdrantSchema.OptionValues] = List(payload.OptionValues.Select(v => (Value)v));
        target[QdrantSchema.Prices] = List(payload.Prices.Select(p => (Value)p));
        target[QdrantSchema.Available] = payload.Available;
        target[QdrantSchema.Variants] = List(payload.Variants.Select(VariantValue));
    }

    public static KnowledgePayload Read(MapField<string, Value> source) => new()
    {
        Kind = source[QdrantSchema.Kind].StringValue,
        Title = source[QdrantSchema.Title].StringValue,
        Text = source[QdrantSchema.Text].StringValue,
        ArticleId = Optional(source, QdrantSchema.ArticleId),
        Section = Optional(source, QdrantSchema.Section),
        Anchor = Optional(source, QdrantSchema.Anchor),
        ProductId = Optional(source, QdrantSchema.ProductId),
        ProductType = Optional(source, QdrantSchema.ProductType),
        OptionValues = Items(source, QdrantSchema.OptionValues).Select(v => v.StringValue).ToList(),
        Prices = Items(source, QdrantSchema.Prices).Select(v => v.KindCase == Value.KindOneofCase.IntegerValue ? v.IntegerValue : v.DoubleValue).ToList(),
        Available = source.TryGetValue(QdrantSchema.Available, out var available) && available.BoolValue,
        Variants = Items(source, QdrantSchema.Variants).Select(ReadVariant).ToList(),
    };

    private static Value VariantValue(VariantPayload variant)
    {
        var options = new Struct();
        foreach (var (key, value) in variant.Options)
        {
            options.Fields[key] = value;
        }
        var fields = new Struct();
        fields.Fields["item_id"] = variant.ItemId;
        fields.Fields["options"] = new Value { StructValue = options };
        fields.Fields["price"] = variant.Price.ToString(CultureInfo.InvariantCulture);
        fields.Fields["available"] = variant.Available;
        return new Value { StructValue = fields };
    }

    private static VariantPayload ReadVariant(Value value)
    {
        var fields = value.StructValue.Fields;
        return new VariantPayload(
            fields["item_id"].StringValue,
            fields["options"].StructValue.Fields.ToDictionary(o => o.Key, o => o.Value.StringValue, StringComparer.Ordinal),
            decimal.Parse(fields["price"].StringValue, CultureInfo.InvariantCulture),
            fields["available"].BoolValue);
    }

    private static Value List(IEnumerable<Value> values)
    {
        var list = new ListValue();
        list.Values.AddRange(values);
        return new Value { ListValue = list };
    }

    private static RepeatedField<Value> Items(MapField<string, Value> source, string key) =>
        source.TryGetValue(key, out var value) && value.KindCase == Value.KindOneofCase.ListValue ? value.ListValue.Values : [];

    private static void SetIfPresent(MapField<string, Value> target, string key, string? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }
    }

    private static string? Optional(MapField<string, Value> source, string key) =>
        source.TryGetValue(key, out var value) && value.KindCase == Value.KindOneofCase.StringValue ? value.StringValue : null;
}
