using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Tests.Discovery;

public sealed class RefinementTests
{
    [Fact]
    public void CheaperMeansBelowTheCheapestItemShown()
    {
        var state = new DiscoveryState { Query = "boots", Shown = [Item(120m), Item(95.5m)] };

        Assert.True(Refinement.Apply(state, "something cheaper please", IntentPrediction.Unknown));

        Assert.Equal(95.49m, state.MaxPrice);
    }

    [Fact]
    public void AnOptionSlotBecomesARequiredOption()
    {
        var state = new DiscoveryState { Query = "t-shirt" };
        var prediction = new IntentPrediction(Intents.ProductSearch, 0.9, new Dictionary<string, string> { [SlotKeys.Option("color")] = "black" });

        Assert.True(Refinement.Apply(state, "in black", prediction));

        Assert.Equal("black", state.Options["color"]);
    }

    [Fact]
    public void AnAnswerToTheQuestionAskedPicksThatValue()
    {
        var state = new DiscoveryState { Query = "t-shirt", AskedOption = "size", AskedValues = ["S", "M", "L"] };

        Assert.True(Refinement.Apply(state, "L please", IntentPrediction.Unknown));

        Assert.Equal("L", state.Options["size"]);
        Assert.Null(state.AskedOption);
    }

    [Fact]
    public void AValueOfAShownItemNamedOnItsOwnNarrowsToIt()
    {
        var state = new DiscoveryState { Query = "boots", Shown = [Item(100m, ("material", "leather")), Item(90m, ("material", "synthetic"))] };

        Assert.True(Refinement.Apply(state, "show the leather one", IntentPrediction.Unknown));

        Assert.Equal("leather", state.Options["material"]);
    }

    [Fact]
    public void WordsThatRefineNothingLeaveTheSearchAlone()
    {
        var state = new DiscoveryState { Query = "boots", Shown = [Item(100m)] };

        Assert.False(Refinement.Apply(state, "hmm", IntentPrediction.Unknown));
        Assert.Null(state.MaxPrice);
        Assert.Empty(state.Options);
    }

    private static ShownItem Item(decimal price, params (string Key, string Value)[] options) =>
        new(Guid.NewGuid().ToString("N"), "1234567890", "Hiking Boots", options.ToDictionary(o => o.Key, o => o.Value), price, true);
}
