using EcomBot.Bot.Conversation.Discovery;

namespace EcomBot.Bot.Tests.Discovery;

public sealed class ShownItemReferenceTests
{
    private static readonly DiscoveryState Shown = new()
    {
        Shown =
        [
            Item("1", ("switch type", "linear"), ("backlight", "RGB"), ("size", "full size")),
            Item("2", ("switch type", "clicky"), ("backlight", "RGB"), ("size", "80%")),
            Item("3", ("switch type", "tactile"), ("backlight", "white"), ("size", "60%")),
        ],
    };

    [Theory]
    [InlineData("add the first to cart", "1")]
    [InlineData("add number 2 to my cart", "2")]
    [InlineData("the 3rd one please", "3")]
    [InlineData("add #2", "2")]
    [InlineData("add 2 to cart", "2")]
    [InlineData("add the last one", "3")]
    [InlineData("the white one", "3")]
    [InlineData("add the RGB one with clicky switches", "2")]
    [InlineData("Add Mechanical Keyboard (linear switch, RGB backlight, full size) to my cart", "1")]
    public void AMessagePointsAtOneItemShown(string text, string itemId) =>
        Assert.Equal(itemId, ShownItemReference.Resolve(text, Shown).One?.ItemId);

    [Fact]
    public void SeveralPlacesNamedAreAllPointedAt() =>
        Assert.Equal(["1", "3"], ShownItemReference.Resolve("add the first and third", Shown).Items.Select(i => i.ItemId));

    [Theory]
    [InlineData("add the RGB one")]
    [InlineData("add it to cart")]
    public void AnOpenPointerLeavesTheCandidatesToAskAbout(string text)
    {
        var pointed = ShownItemReference.Resolve(text, Shown);

        Assert.True(pointed.Open);
        Assert.Null(pointed.One);
        Assert.True(pointed.Items.Count >= 2);
    }

    [Fact]
    public void ItIsTheItemInFocus()
    {
        var state = DiscoveryState.Copy(Shown);
        state.FocusItemId = "2";

        Assert.Equal("2", ShownItemReference.Resolve("add it to cart", state).One?.ItemId);
    }

    [Theory]
    [InlineData("get 2 more")]
    [InlineData("do you have size 6")]
    [InlineData("something cheaper")]
    [InlineData("I'm looking for a mouse")]
    public void QuantitiesSizesAndOtherWordsPointAtNothing(string text) =>
        Assert.Empty(ShownItemReference.Resolve(text, Shown).Items);

    private static ShownItem Item(string id, params (string Name, string Value)[] options) =>
        new(id, "1656367028", "Mechanical Keyboard", options.ToDictionary(o => o.Name, o => o.Value), 230m, true);
}
