using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Tests.Discovery;

public sealed class SplitOptionTests
{
    [Fact]
    public void TheOptionWhoseValuesSplitTheMatchesMostEvenlyIsAsked()
    {
        var matches = new[]
        {
            Match("T-Shirt", ("color", "red"), ("size", "S")),
            Match("T-Shirt", ("color", "red"), ("size", "M")),
            Match("T-Shirt", ("color", "red"), ("size", "L")),
            Match("T-Shirt", ("color", "blue"), ("size", "XL")),
        };

        var split = SplitOption.Best(matches, new HashSet<string>());

        Assert.Equal("size", split!.Name);
        Assert.Equal(2.0, split.Entropy, precision: 6);
        Assert.Equal(["L", "M", "S", "XL"], split.Values);
    }

    [Fact]
    public void OptionsTheShopperAlreadyChoseAreNotAskedAgain()
    {
        var matches = new[] { Match("T-Shirt", ("color", "red"), ("size", "S")), Match("T-Shirt", ("color", "blue"), ("size", "S")) };

        Assert.Null(SplitOption.Best(matches, new HashSet<string> { "color" }));
    }

    [Fact]
    public void MatchesFromSeveralProductsMayBeSplitByProduct()
    {
        var matches = new[] { Match("Sneakers", ("size", "9")), Match("Hiking Boots", ("size", "9")), Match("Running Shoes", ("size", "9")) };

        var split = SplitOption.Best(matches, new HashSet<string>());

        Assert.Equal(SplitOption.ProductKey, split!.Name);
        Assert.Equal(3, split.Values.Count);
    }

    private static ProductMatch Match(string product, params (string Key, string Value)[] options) => new(
        product, product, Guid.NewGuid().ToString("N"), options.ToDictionary(o => o.Key, o => o.Value), 10m, true, 1, [], "");
}
