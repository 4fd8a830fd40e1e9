using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.Bot.Tests.Commerce;

namespace EcomBot.Bot.Tests.Support.Orders;

public sealed class OrderInWordsTests
{
    // As offered to the customer, in this order.
    private static readonly Order[] Offered =
    [
        Order("#W1000001", OrderStatus.Pending, "Bicycle", "Perfume"),
        Order("#W1000002", OrderStatus.Delivered, "Cycling Helmet"),
        Order("#W1000003", OrderStatus.Delivered, "Electric Kettle", "Wireless Earbuds"),
        Order("#W1000004", OrderStatus.Processed, "Electric Toothbrush", "Luggage Set"),
    ];

    [Theory]
    [InlineData("the second one", "#W1000002")]
    [InlineData("2", "#W1000002")]
    [InlineData("2nd please", "#W1000002")]
    [InlineData("first", "#W1000001")]
    [InlineData("the last one", "#W1000004")]
    [InlineData("number 3", "#W1000003")]
    public void APlaceInTheListPicksTheOrderShownThere(string answer, string expected) =>
        Assert.Equal([expected], Ids(OrderInWords.Picked(answer, Offered)));

    [Theory]
    [InlineData("the pending one", "#W1000001")]
    [InlineData("the processed order", "#W1000004")]
    public void AStatusOnlyOneOrderHasPicksIt(string answer, string expected) =>
        Assert.Equal([expected], Ids(OrderInWords.Picked(answer, Offered)));

    [Theory]
    [InlineData("the helmet one", "#W1000002")]
    [InlineData("the order with the kettles", "#W1000003")]
    [InlineData("the one with the earbud", "#W1000003")]
    [InlineData("Electric Toothbrush", "#W1000004")]
    [InlineData("the electric kettle", "#W1000003")]
    public void AProductInOnlyOneOrderPicksItWhateverItsNumber(string answer, string expected) =>
        Assert.Equal([expected], Ids(OrderInWords.Picked(answer, Offered)));

    [Theory]
    [InlineData("the delivered one", new[] { "#W1000002", "#W1000003" })]
    [InlineData("the electric one", new[] { "#W1000003", "#W1000004" })]
    [InlineData("the open ones", new[] { "#W1000001", "#W1000004" })]
    public void WordsThatFitSeveralOrdersReturnThemAllInTheOrderShown(string answer, string[] expected) =>
        Assert.Equal(expected, Ids(OrderInWords.Picked(answer, Offered)));

    [Fact]
    public void CluesOfDifferentKindsNarrowTogether() =>
        Assert.Equal(["#W1000003"], Ids(OrderInWords.Picked("the delivered one with the electric kettle", Offered)));

    [Theory]
    [InlineData("the blue one")]
    [InlineData("the one I bought in May")]
    [InlineData("the seventh one")]
    [InlineData("the cancelled one")]
    [InlineData("the pending helmet order")]
    [InlineData("my zip is 32177")]
    public void WordsThatFitNoOfferedOrderPickNone(string answer) =>
        Assert.Empty(OrderInWords.Picked(answer, Offered));

    [Fact]
    public void TheRequestNamesTheOrderByItsProducts() =>
        Assert.Equal(["#W1000002"], Ids(OrderInWords.Named("I'd like to return my cycling helmet", Offered)));

    [Theory]
    [InlineData("where is my order")]
    [InlineData("I want to set up a return for the first order")]
    public void ARequestWithoutProductOrStatusWordsNamesNoOrder(string request) =>
        Assert.Empty(OrderInWords.Named(request, Offered));

    [Fact]
    public void AClueInTheRequestThatFitsNoneOfTheOrdersIsPassedOver() =>
        Assert.Equal(["#W1000002"], Ids(OrderInWords.Named("I want to open a return for my helmet", Offered[1..3])));

    [Fact]
    public void TheWordsTheRouterKeepsWithTheFlowNameTheOrdersProductsAndStatuses()
    {
        var words = OrderInWords.AnswerWords(Offered[..2]).ToList();

        Assert.Contains("helmet", words);
        Assert.Contains("bicycle", words);
        Assert.Contains("pending", words);
        Assert.DoesNotContain("kettle", words);
        Assert.DoesNotContain("cancelled", words);
    }

    private static string[] Ids(IEnumerable<Order> orders) => [.. orders.Select(o => o.OrderId)];

    private static Order Order(string id, string status, params string[] products) => new(
        id, "test_user", SampleRecords.Home,
        [.. products.Select((name, i) => new OrderItem(name, $"p{i}", $"{id}-{i}", 10m, new Dictionary<string, string>()))],
        status, [], []);
}
