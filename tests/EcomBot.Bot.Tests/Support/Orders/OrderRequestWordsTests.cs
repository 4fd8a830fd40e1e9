using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class OrderRequestWordsTests
{
    private static readonly HashSet<string> Products = OrderRequestWords.ProductWords(
        ["Hiking Boots", "Jigsaw Puzzle", "T-Shirt", "Wireless Earbuds", "Water Bottle", "Smart Watch", "Bookshelf", "Portable Charger", "LED Light Bulb"]);

    [Theory]
    [InlineData("On #W1713682 please trade the t-shirt (red, M, cotton, crew neck) for a black one in XL, pay with my card.", Intents.ChangeOrder)]
    [InlineData("The earbuds I got keep cutting out, I'd like a new pair just the same.", Intents.ChangeOrder)]
    [InlineData("could I swap my jigsaw for an easier one?", Intents.ChangeOrder)]
    [InlineData("please send the bookshelf back for me", Intents.GetRefund)]
    [InlineData("I'd like a refund for the water bottle", Intents.GetRefund)]
    [InlineData("cancel the smart watch that was delivered last week", Intents.GetRefund)]
    [InlineData("please cancel the charger I ordered yesterday", Intents.CancelOrder)]
    [InlineData("Take the bookshelf off my order, but do not cancel everything else.", Intents.CancelOrder)]
    [InlineData("I'd like to change my pending t-shirt to a green one", Intents.ChangeOrder)]
    [InlineData("switch the delivery address of my order to my office", Intents.ChangeShippingAddress)]
    [InlineData("I think I gave you the wrong address for that purchase", Intents.ChangeShippingAddress)]
    public void AClearOrderVerbWithSomethingToActOnNamesItsAction(string text, string intent)
    {
        Assert.Equal([intent], OrderRequestWords.Actions(text, Products, namesOrderId: text.Contains("#W", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("what's the total refund for the water bottle?")]
    [InlineData("how much will I get back if I return the bookshelf?")]
    [InlineData("can I return an item after 60 days?")]
    [InlineData("change my password please")]
    [InlineData("I want to change my default address")]
    [InlineData("what is your return policy for boots")]
    [InlineData("I'd like to cancel my newsletter subscription")]
    [InlineData("what's the tracking number of my cancelled order?")]
    [InlineData("I want to exchange ideas")]
    [InlineData("Could I cancel an order that was already shipped?")]
    [InlineData("can I change the delivery address on an order that has arrived?")]
    [InlineData("show me red t-shirts in size M")]
    public void QuestionsAboutFactsOrRulesAndOtherThingsNameNoOrderAction(string text)
    {
        Assert.Empty(OrderRequestWords.Actions(text, Products, namesOrderId: false));
    }

    [Fact]
    public void SeveralVerbsNameSeveralActionsInTheOrderSaid()
    {
        Assert.Equal([Intents.GetRefund, Intents.ChangeOrder],
            OrderRequestWords.Actions("return the bookshelf and exchange the hiking boots for size 10", Products, namesOrderId: false));
    }

    [Theory]
    [InlineData("actually forget the exchange, I want to return the smart watch instead")]
    [InlineData("instead of exchanging the smart watch, please return it")]
    [InlineData("never mind the exchange, just send the smart watch back")]
    public void ARequestSetAsideGivesWayToTheOneMadeInstead(string text)
    {
        Assert.Equal([Intents.GetRefund], OrderRequestWords.Actions(text, Products, namesOrderId: false));
    }

    [Fact]
    public void WhileBrowsingAChangeCountsOnlyForSomethingOfTheCustomersOwn()
    {
        Assert.Empty(OrderRequestWords.Actions("change the t-shirt to red", Products, namesOrderId: false, ownedOnly: true));
        Assert.Equal([Intents.ChangeOrder], OrderRequestWords.Actions("change the t-shirt I bought to red", Products, namesOrderId: false, ownedOnly: true));
    }

    [Fact]
    public void DescribingWordsOfProductNamesAreNoProducts()
    {
        Assert.DoesNotContain("light", Products);
        Assert.DoesNotContain("water", Products);
        Assert.Contains("jigsaw", Products);
        Assert.Contains("boot", Products);
    }
}
