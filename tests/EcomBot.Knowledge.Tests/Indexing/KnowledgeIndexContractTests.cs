using EcomBot.Knowledge.Indexing;
using static EcomBot.Knowledge.Tests.Indexing.TestDocuments;

namespace EcomBot.Knowledge.Tests.Indexing;

/// <summary>What every <see cref="IKnowledgeIndex"/> backend must do; run once per backend by a derived class.</summary>
public abstract class KnowledgeIndexContractTests
{
    /// <summary>An index to test; each test works in a collection of its own.</summary>
    protected abstract IKnowledgeIndex CreateIndex();

    private static string NewCollection() => $"contract-{Guid.NewGuid():N}";

    [ContractFact]
    public async Task NearestDocumentByMeaningComesFirst()
    {
        var (index, collection) = (CreateIndex(), NewCollection());
        await index.UpsertAsync(collection, [Product("lamp", "Desk Lamp", Towards(0)), Product("hose", "Garden Hose", Towards(3)), Product("kettle", "Tea Kettle", Towards(5))]);

        var hits = await index.SearchAsync(collection, Query(Towards(3, lean: 0.3f)) with { Limit = 3 });

        Assert.Equal("hose", hits[0].Id);
        Assert.Equal("Garden Hose", hits[0].Payload.Title);
        Assert.True(hits[0].Similarity > 0.95, $"similarity {hits[0].Similarity}");
    }

    [ContractFact]
    public async Task AnExactWordFindsADocumentTheVectorsRankLast()
    {
        var (index, collection) = (CreateIndex(), NewCollection());
        await index.UpsertAsync(collection,
        [
            Product("near", "Keyboard", Towards(1), text: "linear quiet"),
            Product("middle", "Keyboard", Towards(2), text: "tactile"),
            Product("far", "Keyboard", Towards(6), text: "clicky loud"),
        ]);

        var hits = await index.SearchAsync(collection, Query(Towards(1), "clicky") with { Limit = 3, CandidateLimit = 1 });

        Assert.Equal(["far", "near"], hits.Select(h => h.Id).Order());
    }

    [ContractFact]
    public async Task FiltersOnTypeOptionPriceAndAvailabilityAllApply()
    {
        var (index, collection) = (CreateIndex(), NewCollection());
        await index.UpsertAsync(collection,
        [
            Product("blue-cheap", "T-Shirt", Towards(0), 15m, true, "", ("color", "blue")),
            Product("blue-dear", "T-Shirt", Towards(0), 60m, true, "", ("color", "blue")),
            Product("red-cheap", "T-Shirt", Towards(0), 15m, true, "", ("color", "red")),
            Product("blue-gone", "T-Shirt", Towards(0), 15m, false, "", ("color", "blue")),
            Product("blue-hat", "Hat", Towards(0), 15m, true, "", ("color", "blue")),
        ]);
        var filter = new KnowledgeFilter
        {
            ProductType = "t-shirt",
            OptionValues = [OptionValue.Format("Color", "Blue")],
            MinPrice = 10,
            MaxPrice = 20,
            Available = true,
        };

        var hits = await index.SearchAsync(collection, Query(Towards(0), "shirt") with { Filter = filter });

        Assert.Equal("blue-cheap", Assert.Single(hits).Id);
    }

    [ContractFact]
    public async Task ContentHashesShowTheLatestVersionOfEachDocument()
    {
        var (index, collection) = (CreateIndex(), NewCollection());
        await index.UpsertAsync(collection, [Product("a", "Lamp", Towards(0), 10m), Product("b", "Hose", Towards(1))]);
        await index.UpsertAsync(collection, [Product("a", "Lamp", Towards(0), 12m)]);

        var hashes = await index.GetContentHashesAsync(collection);

        Assert.Equal(2, hashes.Count);
        Assert.Equal("hash-a-12", hashes["a"]);
        var hit = (await index.SearchAsync(collection, Query(Towards(0)) with { Limit = 1 }))[0];
        Assert.Equal(12m, Assert.Single(hit.Payload.Variants).Price);
    }

    [ContractFact]
    public async Task DeletedDocumentsAreGoneAndUnknownIdsAreIgnored()
    {
        var (index, collection) = (CreateIndex(), NewCollection());
        await index.UpsertAsync(collection, [Product("a", "Lamp", Towards(0)), Product("b", "Hose", Towards(1)), Product("c", "Mat", Towards(2))]);

        await index.DeleteAsync(collection, ["a", "missing"]);

        Assert.Equal(["b", "c"], (await index.GetContentHashesAsync(collection)).Keys.Order());
        var hits = await index.SearchAsync(collection, Query(Towards(0), "lamp"));
        Assert.DoesNotContain(hits, h => h.Id == "a");
    }

    [ContractFact]
    public async Task AMissingCollectionIsEmpty()
    {
        var (index, collection) = (CreateIndex(), NewCollection());

        Assert.Empty(await index.GetContentHashesAsync(collection));
        Assert.Empty(await index.SearchAsync(collection, Query(Towards(0), "lamp")));
    }

    [ContractFact]
    public async Task PayloadComesBackAsItWasStored()
    {
        var (index, collection) = (CreateIndex(), NewCollection());
        var stored = Product("p", "Water Bottle", Towards(4), 24.5m, true, "glass", ("capacity", "750ml"), ("material", "glass"));
        await index.UpsertAsync(collection, [stored]);

        var hit = Assert.Single(await index.SearchAsync(collection, Query(Towards(4))));

        Assert.Equal(stored.Payload with { OptionValues = [], Prices = [], Variants = [] }, hit.Payload with { OptionValues = [], Prices = [], Variants = [] });
        Assert.Equal(stored.Payload.OptionValues, hit.Payload.OptionValues);
        Assert.Equal(stored.Payload.Prices, hit.Payload.Prices);
        var variant = Assert.Single(hit.Payload.Variants);
        Assert.Equal(("p-1", 24.5m, true), (variant.ItemId, variant.Price, variant.Available));
        Assert.Equal(stored.Payload.Variants[0].Options, variant.Options);
    }
}
