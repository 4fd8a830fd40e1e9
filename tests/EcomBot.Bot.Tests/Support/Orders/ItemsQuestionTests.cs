using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Tests.Commerce;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class ItemsQuestionTests
{
    private static readonly Order Order = new("#W1000008", "test_user", SampleRecords.Home,
        [.. new[] { "Water Bottle", "Pet Bed", "Office Chair", "Skateboard" }.Select((name, i) => new OrderItem(name, $"p{i}", $"item-{i}", 10m, new Dictionary<string, string>()))],
        OrderStatus.Delivered, [], []);

    private const string Mixed = "I want to return the water bottle, and exchange the pet bed and the office chair for their cheapest versions.";

    [Fact]
    public void ARequestForTwoKindsOfChangeGivesEachFlowOnlyItsOwnItems()
    {
        Assert.Equal(["Water Bottle"], ItemsInWords.Named(ItemsQuestion.OwnClauses(Mixed, ["return", "refund", "send"]), Order).Select(i => i.Name));
        Assert.Equal(["Pet Bed", "Office Chair"], ItemsInWords.Named(ItemsQuestion.OwnClauses(Mixed, ["exchang", "chang", "swap", "modif"]), Order).Select(i => i.Name));
    }

    [Fact]
    public void ARequestForOneKindOfChangeIsReadWhole() =>
        Assert.Equal("I want to return the skateboard, refunded to my card.", ItemsQuestion.OwnClauses("I want to return the skateboard, refunded to my card.", ["return", "refund", "send"]));

    [Theory]
    [InlineData("Could I exchange my boots for cheaper ones?", true)]
    [InlineData("Please change the shipping address of that order too", true)]
    [InlineData("The boots.", false)]
    [InlineData("I want to return the boots and the kettle", false)]
    public void AnAnswerThatAsksForAnotherKindOfChangeIsLetGo(string answer, bool letGo) =>
        Assert.Equal(letGo, ItemsQuestion.AsksForSomethingElse(answer, ["return", "refund", "send"]));
}
