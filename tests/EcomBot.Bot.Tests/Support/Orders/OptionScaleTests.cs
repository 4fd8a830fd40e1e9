using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class OptionScaleTests
{
    [Theory]
    [InlineData("500ml", "750ml", "1000ml")]
    [InlineData("256GB SSD", "512GB SSD", "1TB SSD")]
    [InlineData("1080p", "2K", "4K")]
    [InlineData("not resistant", "IPX4", "IPX7")]
    [InlineData("S", "M", "XL")]
    [InlineData("low", "medium", "high")]
    [InlineData("beginner", "intermediate", "expert")]
    [InlineData("60%", "80%", "full size")]
    [InlineData("5-25 lbs", "30-50 lbs", "55-75 lbs")]
    public void ValuesWithAnOrderAreRankedLowToHigh(string low, string middle, string high)
    {
        var scale = OptionScale.For([high, low, middle])!;

        Assert.True(scale.Rank(low) < scale.Rank(middle));
        Assert.True(scale.Rank(middle) < scale.Rank(high));
    }

    [Theory]
    [InlineData("black", "blue", "red")]
    [InlineData("Brand A", "Brand B", "Brand C")]
    [InlineData("Wi-Fi", "Wi-Fi + Cellular", "Ethernet")]
    public void ValuesWithoutAnOrderHaveNoScale(string one, string two, string three) =>
        Assert.Null(OptionScale.For([one, two, three]));

    [Fact]
    public void EveryCatalogueOptionMeasuredInNumbersHasAScale()
    {
        var numeric = DemoData.Database.Products.Values
            .SelectMany(p => new VariantMeasures(p).Values.Select(o => (Product: p, Option: o.Key, o.Value)))
            .Where(o => o.Value.All(v => char.IsDigit(v[0])))
            .ToList();

        Assert.NotEmpty(numeric);
        Assert.All(numeric, o => Assert.True(new VariantMeasures(o.Product).IsOrdered(o.Option), $"{o.Product.Name} {o.Option}"));
    }
}
