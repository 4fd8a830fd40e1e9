using EcomBot.Bot.Conversation.Discovery.Cart;

namespace EcomBot.Bot.Tests.Discovery;

public sealed class CartQuantityTests
{
    [Theory]
    [InlineData("add 2 of them", 2)]
    [InlineData("two of the first one", 2)]
    [InlineData("add 3 more", 3)]
    [InlineData("I'll take a couple of those", 2)]
    [InlineData("add it x2", 2)]
    [InlineData("4 units of the second one please", 4)]
    public void ANumberOfThingsIsAQuantity(string text, int quantity) =>
        Assert.Equal(quantity, CartQuantity.Read(text).Quantity);

    [Theory]
    [InlineData("add 2 to cart")]
    [InlineData("add number 2 to my cart")]
    [InlineData("the size 8 one")]
    [InlineData("add the 2nd one")]
    [InlineData("add a pair of hiking boots")]
    [InlineData("add 4896585277 to cart")]
    public void APlaceAnOptionOrAnIdIsNoQuantity(string text) =>
        Assert.Equal(1, CartQuantity.Read(text).Quantity);

    [Fact]
    public void TheWordsLeftStillSayWhichItem()
    {
        var (_, rest) = CartQuantity.Read("add 2 of the third one");

        Assert.Contains("the third one", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("2", rest, StringComparison.Ordinal);
    }
}
