using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Tests.Commerce;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class ItemsInWordsTests
{
    private static readonly Order Order = Ordered("Bookshelf", "Electric Toothbrush", "T-Shirt", "Water Bottle", "Insulated Water Bottle");

    [Theory]
    [InlineData("I want to return the electric toothbrush from order #W5544629", "Electric Toothbrush")]
    [InlineData("return my Bookshelf please", "Bookshelf")]
    [InlineData("I'd like to exchange the t-shirt", "T-Shirt")]
    [InlineData("can I send back the bookshelf and the electric toothbrushes?", "Bookshelf", "Electric Toothbrush")]
    public void AProductNamedInFullTakesItsItem(string request, params string[] expected) =>
        Assert.Equal(expected, Names(ItemsInWords.Named(request, Order)));

    [Fact]
    public void TheLongerOfTwoNamesOneInsideTheOtherIsTheOneMeant() =>
        Assert.Equal(["Insulated Water Bottle"], Names(ItemsInWords.Named("return the insulated water bottle", Order)));

    [Theory]
    [InlineData("I want to return an item from order #W5544629")]
    [InlineData("return the toothbrush")]
    [InlineData("I'd like to return my cycling helmet")]
    public void ARequestThatNamesNoWholeProductOfTheOrderTakesNothing(string request) =>
        Assert.Empty(ItemsInWords.Named(request, Order));

    [Fact]
    public void AProductTheOrderHoldsTwiceIsLeftToTheCustomer() =>
        Assert.Empty(ItemsInWords.Named("exchange the t-shirt and the bookshelf", Ordered("T-Shirt", "T-Shirt", "Bookshelf")));

    private static string[] Names(IEnumerable<OrderItem> items) => [.. items.Select(i => i.Name)];

    private static Order Ordered(params string[] products) => new(
        "#W1000001", "test_user", SampleRecords.Home,
        [.. products.Select((name, i) => new OrderItem(name, $"p{i}", $"item-{i}", 10m, new Dictionary<string, string>()))],
        OrderStatus.Delivered, [], []);
}
