using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Embedded;

namespace EcomBot.Knowledge.Tests.Indexing;

/// <summary>The embedded index's column form of the payload filters decides exactly as <see cref="KnowledgeFilter.Matches"/>.</summary>
public sealed class FilterColumnsTests
{
    private static readonly KnowledgeDocument[] Documents =
    [
        TestDocuments.Product("boots-1", "Hiking Boots", TestDocuments.Towards(0), 180m, true, "", ("size", "12"), ("color", "black")),
        TestDocuments.Product("boots-2", "Hiking Boots", TestDocuments.Towards(1), 260m, false, "", ("size", "10"), ("color", "brown")),
        TestDocuments.Product("shirt-1", "T-Shirt", TestDocuments.Towards(2), 25m, true, "", ("size", "M"), ("color", "black")),
        TestDocuments.Product("lamp-1", "Desk Lamp", TestDocuments.Towards(3), 99.99m, true),
        Passage("returns-1", "returns"),
        Passage("exchanges-1", "exchanges"),
    ];

    public static TheoryData<KnowledgeFilter> Filters() =>
    [
        KnowledgeFilter.None,
        new KnowledgeFilter { ProductType = "hiking boots" },
        new KnowledgeFilter { ProductType = "kettle" },
        new KnowledgeFilter { Available = true },
        new KnowledgeFilter { Available = false },
        new KnowledgeFilter { MaxPrice = 99.99 },
        new KnowledgeFilter { MinPrice = 100, MaxPrice = 200 },
        new KnowledgeFilter { MinPrice = 300 },
        new KnowledgeFilter { OptionValues = ["color=black"] },
        new KnowledgeFilter { OptionValues = ["color=black", "size=12"] },
        new KnowledgeFilter { OptionValues = ["color=black", "size=10"] },
        new KnowledgeFilter { OptionValues = ["material=leather"] },
        new KnowledgeFilter { ArticleId = "returns" },
        new KnowledgeFilter { ProductType = "hiking boots", Available = true, MaxPrice = 250, OptionValues = ["size=12"] },
    ];

    [Theory]
    [MemberData(nameof(Filters))]
    public void EveryDocumentIsAllowedExactlyWhenThePayloadMatches(KnowledgeFilter filter)
    {
        var columns = FilterColumns.Build(Documents);
        var allowed = new bool[Documents.Length];

        columns.Evaluate(filter, allowed, Documents.Length);

        Assert.Equal(Documents.Select(d => filter.Matches(d.Payload)), allowed);
    }

    private static KnowledgeDocument Passage(string id, string article) => TestDocuments.Product(id, "unused", TestDocuments.Towards(4)) with
    {
        Payload = new KnowledgePayload { Kind = KnowledgePayload.PolicyKind, Title = article, Text = article, ArticleId = article },
    };
}
