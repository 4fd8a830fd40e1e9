using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Tests.Commerce;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class ItemPurposeTests
{
    private static readonly Order Order = Ordered("Water Bottle", "Mechanical Keyboard", "Action Camera", "Backpack");

    [Theory]
    [InlineData("Everything that's for gaming.")]
    [InlineData("everything that is for gaming please")]
    [InlineData("I just quit gaming, so I want to cancel or return everything that's for gaming.")]
    [InlineData("Is there anything for gaming in my other order? Please return that too.")]
    [InlineData("all my gaming stuff")]
    [InlineData("the things associated with video games")]
    public void ItemsNamedByWhatTheyAreForAreTheItemsThatServeIt(string words) =>
        Assert.Equal(["Mechanical Keyboard"], Names(ItemsInWords.Read(words, Order).Items));

    [Theory]
    [InlineData("Everything that isn't for gaming.")]
    [InlineData("everything that's not for gaming")]
    [InlineData("I just got into gaming, so I want to cancel or return everything that isn't for gaming.")]
    [InlineData("everything not associated with gaming")]
    public void ItemsNamedByWhatTheyAreNotForAreTheRest(string words) =>
        Assert.Equal(["Water Bottle", "Action Camera", "Backpack"], Names(ItemsInWords.Read(words, Order).Items));

    [Fact]
    public void AProductWhoseNameSaysItsUseServesIt() =>
        Assert.Equal(["Gaming Mouse"], Names(ItemsInWords.Read("everything for gaming", Ordered("Gaming Mouse", "Tea Kettle")).Items));

    [Fact]
    public void LeavingOutTheUseOfEveryItemLeavesNothingAndSaysSo()
    {
        var choice = ItemsInWords.Read("Everything that isn't for gaming.", Ordered("Gaming Mouse"));
        Assert.Empty(choice.Items);
        Assert.True(choice.NothingLeft);
    }

    [Theory]
    [InlineData("refund it to my credit card for the skateboards")]
    [InlineData("exchange it for a red one")]
    [InlineData("return the backpack for a refund")]
    public void AForThatNamesNoUseIsNoPurpose(string words) => Assert.Null(ItemPurpose.Read(words));

    private static string[] Names(IEnumerable<OrderItem> items) => [.. items.Select(i => i.Name)];

    private static Order Ordered(params string[] products) => new(
        "#W1000001", "test_user", SampleRecords.Home,
        [.. products.Select((name, i) => new OrderItem(name, $"p{i}", $"item-{i}", 10m, new Dictionary<string, string>()))],
        OrderStatus.Delivered, [], []);
}
