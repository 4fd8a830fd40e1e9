using EcomBot.Knowledge.Search;

namespace EcomBot.Knowledge.Tests.Search;

[Collection(EmbeddingModelTests.Name)]
public sealed class ProductSearchTests(EmbeddingModelFixture model)
{
    [Fact]
    public async Task NamedOptionsPickTheVariantAndAreGivenAsTheReason()
    {
        var store = await model.DemoStoreAsync();

        var first = (await store.Products.SearchAsync(new ProductSearchRequest("a purple polyester t-shirt in size S with a v-neck")))[0];

        Assert.Equal("T-Shirt", first.ProductName);
        Assert.Equal(("purple", "S", "polyester", "v-neck"), (first.Options["color"], first.Options["size"], first.Options["material"], first.Options["style"]));
        Assert.Contains("color purple", first.Reason);
    }

    [Fact]
    public async Task APriceLimitInTheTextExcludesDearerVariants()
    {
        var store = await model.DemoStoreAsync();

        var results = await store.Products.SearchAsync(new ProductSearchRequest("laptop under $1000") { Limit = 20 });

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Price <= 1000m, $"{r.ItemId} costs {r.Price}"));
        Assert.Contains("price at most 1000", results[0].Reason);
    }

    [Fact]
    public async Task RequiredOptionsAndAvailabilityAreHardFilters()
    {
        var store = await model.DemoStoreAsync();

        var results = await store.Products.SearchAsync(new ProductSearchRequest("keyboard")
        {
            RequiredOptions = new Dictionary<string, string> { ["Switch Type"] = "Clicky" },
            AvailableOnly = true,
            Limit = 20,
        });

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Available && r.Options["switch type"] == "clicky"));
    }

    [Theory]
    [InlineData("under $50", null, 50.0)]
    [InlineData("between 20 and 40 dollars", 20.0, 40.0)]
    [InlineData("at least 100 bucks", 100.0, null)]
    [InlineData("$15-$25", 15.0, 25.0)]
    [InlineData("a 500 pieces puzzle", null, null)]
    public void PriceLimitsAreReadFromWordsOnly(string text, double? min, double? max)
    {
        var (limits, _) = PriceLimits.Parse(text);

        Assert.Equal(((decimal?)min, (decimal?)max), (limits.Min, limits.Max));
    }
}
