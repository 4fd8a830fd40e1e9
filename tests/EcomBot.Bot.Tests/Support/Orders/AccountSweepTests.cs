using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Tests.Commerce;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class AccountSweepTests
{
    private static readonly Order Office = Ordered("#W1000001", "Water Bottle", "Mechanical Keyboard", "Action Camera", "Backpack");
    private static readonly Order Mouse = Ordered("#W1000002", "Gaming Mouse");
    private static readonly Order Boots = Ordered("#W1000003", "Hiking Boots");
    private static readonly Order Books = Ordered("#W1000004", "Bookshelf", "E-Reader", "Jigsaw Puzzle");
    private static readonly Order Chair = Ordered("#W1000005", "Office Chair", "Bookshelf", "Yoga Mat");

    [Theory]
    [InlineData("I just quit gaming, so I want to cancel or return everything that's for gaming.", "#W1000001", "#W1000002")]
    [InlineData("I just got into gaming, so I want to cancel or return everything that isn't for gaming.", "#W1000001", "#W1000003")]
    [InlineData("I have money trouble, so I want to cancel or return all the orders I can, except the boots.", "#W1000001", "#W1000002")]
    public void ARequestAboutTheWholeAccountTakesEveryOrderHoldingItemsItChooses(string request, params string[] expected) =>
        Assert.Equal(expected, Ids(AccountSweep.Orders(request, [Office, Mouse, Boots])));

    [Fact]
    public void AllOfAProductFromDifferentOrdersTakesEachOrderThatHoldsOne() =>
        Assert.Equal(["#W1000004", "#W1000005"],
            Ids(AccountSweep.Orders("I want to cancel all the bookshelves and jigsaw puzzles I received; they're from different orders.", [Books, Chair, Mouse])));

    [Fact]
    public void ProductsNamedThatLieInDifferentOrdersTakeEachOrder() =>
        Assert.Equal(["#W1000001", "#W1000002"],
            Ids(AccountSweep.Orders("Please return the keyboard, the backpack and the gaming mouse.", [Office, Mouse, Boots])));

    [Theory]
    [InlineData("I want to return the keyboard and the backpack.")]
    [InlineData("I want to return the bookshelf.")]
    [InlineData("return everything in order #W1000001")]
    [InlineData("I want to return everything in my order")]
    public void ARequestAboutOneOrderIsNoSweep(string request) =>
        Assert.Null(AccountSweep.Orders(request, [Office, Books, Chair, Mouse]));

    [Theory]
    [InlineData("cancel or return everything that isn't for gaming", true)]
    [InlineData("return everything that isn't for gaming", false)]
    [InlineData("cancel all my pending orders", false)]
    public void ARequestToCancelAndToReturnSaysBoth(string request, bool both) =>
        Assert.Equal(both, AccountSweep.CancelsAndReturns(request));

    private static string[] Ids(IReadOnlyList<Order>? orders) => [.. (orders ?? []).Select(o => o.OrderId)];

    private static Order Ordered(string id, params string[] products) => new(
        id, "test_user", SampleRecords.Home,
        [.. products.Select((name, i) => new OrderItem(name, $"p-{name}", $"{id}-{i}", 10m, new Dictionary<string, string>()))],
        OrderStatus.Delivered, [], []);
}
