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

    [Theory]
    [InlineData("The order with my watch.", "#W3000002")]
    [InlineData("the one with the bike", "#W3000001")]
    public void AnAnswerNamesTheOrderByTheWordCustomersUseForItsProduct(string answer, string expected) =>
        Assert.Equal([expected], Ids(OrderInWords.Picked(answer, Everyday)));

    [Fact]
    public void ARequestNamesTheOrderByTheWordCustomersUseForItsProduct() =>
        Assert.Equal(["#W3000002"], Ids(OrderInWords.Named("And I want to change my watch for one with a black dial, keeping the leather strap.", Everyday)));

    [Fact]
    public void TheWordsTheRouterKeepsWithTheFlowHoldEveryWordOfTheProductsNamesAndCustomersWordsForThem()
    {
        var words = OrderInWords.AnswerWords(Offered).ToList();

        Assert.Contains("set", words);
        Assert.Contains("bike", words);
    }

    private static readonly Order[] Everyday =
    [
        Order("#W3000001", OrderStatus.Delivered, "Bicycle", "Jigsaw Puzzle"),
        Order("#W3000002", OrderStatus.Pending, "Electric Kettle", "Wristwatch", "Bookshelf"),
        Order("#W3000003", OrderStatus.Pending, "Air Purifier", "Backpack"),
    ];

    [Fact]
    public void ARequestForAProductTwoOrdersHoldMeansTheOneInFocus() =>
        Assert.Equal(["#W3000003"], Ids(OrderInWords.Named(
            "Please only change the backpack, to medium size and polyester, grey if there is one.",
            [Order("#W3000004", OrderStatus.Pending, "Backpack", "Desk Lamp"), Everyday[2]], inFocus: "#W3000003")));

    [Fact]
    public void ARequestForAProductTwoOrdersHoldSaysWhichWhenItSaysTheOtherOrder() =>
        Assert.Equal(["#W3000004"], Ids(OrderInWords.Named(
            "change the backpack in my other order",
            [Order("#W3000004", OrderStatus.Pending, "Backpack", "Desk Lamp"), Everyday[2]], inFocus: "#W3000003")));

    [Fact]
    public void ARequestToPayWithMyOtherCardStillMeansTheOrderInFocus() =>
        Assert.Equal(["#W3000001"], Ids(OrderInWords.Named(
            "Please exchange my bicycle for one with a larger frame, and the jigsaw for 1000 more pieces, using my other card.",
            [Everyday[0], Order("#W3000005", OrderStatus.Delivered, "Pet Bed", "Jigsaw Puzzle")], inFocus: "#W3000001")));

    [Fact]
    public void ThePriceTellsTwoOrdersOfTheProductApartBeforeTheFocusDoes() =>
        Assert.Equal(["#W2000002"], Ids(OrderInWords.Named("I'd rather return the more expensive tablet", Placed, inFocus: "#W2000001")));

    [Fact]
    public void OptionsAfterACommaAndToAreWhatTheCustomerWantsNotWhatTheyHave() =>
        Assert.Equal(["#W2000003", "#W2000004"], Ids(OrderInWords.Named("change my laptop, to 32GB", Placed)));

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

    // Orders told apart by content rather than by product name alone, in the order they were placed.
    private static readonly Order[] Placed =
    [
        Shipped("#W2000001", OrderStatus.Delivered, "Los Angeles", Item("Tablet", 900m, "8-inch", "64GB"), Item("Skateboard", 100m, "plain")),
        Shipped("#W2000002", OrderStatus.Delivered, "Chicago", Item("Tablet", 990m, "8-inch", "128GB"), Item("T-Shirt", 50m, "blue", "cotton"), Item("T-Shirt", 52m, "black", "polyester")),
        Shipped("#W2000003", OrderStatus.Pending, "Chicago", Item("Laptop", 2300m, "15-inch", "16GB"), Item("T-Shirt", 49m, "red", "cotton")),
        Shipped("#W2000004", OrderStatus.Delivered, "New York", Item("Laptop", 2500m, "15-inch", "32GB")),
    ];

    [Theory]
    [InlineData("The order with the two t-shirts.", "#W2000002")]
    [InlineData("the one with 2 t-shirts", "#W2000002")]
    [InlineData("The one with the 15-inch, 32GB laptop.", "#W2000004")]
    [InlineData("the laptop with 32 GB", "#W2000004")]
    [InlineData("The one going to Los Angeles.", "#W2000001")]
    [InlineData("the order I sent to my daughter in New York", "#W2000004")]
    [InlineData("the Chicago one with the laptop", "#W2000003")]
    [InlineData("the most recent one", "#W2000004")]
    [InlineData("the oldest order", "#W2000001")]
    public void AnAnswerNamesTheOrderByWhatIsInItWhereItWentOrWhenItWasPlaced(string answer, string expected) =>
        Assert.Equal([expected], Ids(OrderInWords.Picked(answer, Placed)));

    [Theory]
    [InlineData("The order with the two tablets.")]
    [InlineData("the one going to Boston")]
    [InlineData("the three t-shirts order")]
    public void ContentCluesThatFitNoOfferedOrderPickNone(string answer) =>
        Assert.Empty(OrderInWords.Picked(answer, Placed));

    [Fact]
    public void CluesThatContradictEachOtherPickNone() =>
        Assert.Empty(OrderInWords.Picked("the one to Los Angeles with the laptop", Placed));

    [Fact]
    public void AnOptionNoneOfTheNamedProductsHasPicksNoneOfThem() =>
        Assert.Equal(["#W2000003", "#W2000004"], Ids(OrderInWords.Picked("the laptop with 64GB", Placed)));

    [Theory]
    [InlineData("How much did I pay for the order I placed most recently?", "#W2000004")]
    [InlineData("I want to change the shipping address of my LA order to my NYC address.", "#W2000001")]
    [InlineData("I received two tablets and only need one. I want to return the more expensive one.", "#W2000002")]
    [InlineData("Return the cheaper tablet please", "#W2000001")]
    public void TheRequestNamesTheOrderByItsCityItsPlaceInTimeOrItsPrice(string request, string expected) =>
        Assert.Equal([expected], Ids(OrderInWords.Named(request, Placed)));

    [Fact]
    public void MyOtherOrderIsNotTheOneInFocusAndTheQuantityTellsTheRestApart() =>
        Assert.Equal(["#W2000002"], Ids(OrderInWords.Named("Which two t-shirts did I order in my other order?", Placed, inFocus: "#W2000003")));

    [Fact]
    public void MyOtherOrderOfTwoIsTheOneNotInFocus() =>
        Assert.Equal(["#W2000004"], Ids(OrderInWords.Picked("my other order", Placed[2..], inFocus: "#W2000003")));

    [Fact]
    public void AnOptionWordInARequestThatNamesNoProductNamesNoOrder() =>
        Assert.Empty(OrderInWords.Named("show me the orders of user black_smith_1", Placed));

    [Fact]
    public void OptionsTheCustomerWantsInsteadDoNotNameTheOrderTheyHave() =>
        Assert.Equal(["#W2000003", "#W2000004"], Ids(OrderInWords.Named("I want to exchange my laptop for one with 32GB", Placed)));

    private static readonly Order[] TwoHoses =
    [
        Order("#W3000001", OrderStatus.Delivered, "Garden Hose", "Backpack"),
        Order("#W3000002", OrderStatus.Pending, "Garden Hose", "Office Chair"),
    ];

    [Theory]
    [InlineData("I want to exchange the garden hose I received for the type that is in my pending order.")]
    [InlineData("exchange the hose we just received for the one in my pending order")]
    public void TheOneIReceivedOfTwoOrdersHoldingItIsTheDeliveredOneAndAStatusInTheWishIsAnotherOrders(string request) =>
        Assert.Equal(["#W3000001"], Ids(OrderInWords.Named(request, TwoHoses)));

    [Fact]
    public void NotHavingReceivedItIsNoClueForTheDeliveredOrder() =>
        Assert.Equal(["#W3000001", "#W3000002"], Ids(OrderInWords.Named("I haven't received the garden hose", TwoHoses)));

    [Theory]
    [InlineData("Both of them: I want to return everything.", true, true)]
    [InlineData("all of them", true, true)]
    [InlineData("the first one", true, false)]
    [InlineData("I want to cancel all my pending orders, I no longer need them.", false, true)]
    [InlineData("I want to return everything I ordered, from both my orders.", false, true)]
    [InlineData("I want to return both t-shirts", false, false)]
    [InlineData("return all the items in my order", false, false)]
    public void SeveralOrdersAtOnceAreToldFromOne(string text, bool answering, bool several) =>
        Assert.Equal(several, OrderClues.MeansSeveral(text, answering));

    [Theory]
    [InlineData("I don't remember the order number.", true)]
    [InlineData("no idea, sorry", true)]
    [InlineData("I'm not sure which one", true)]
    [InlineData("the one with the kettle", false)]
    public void NotKnowingTheNumberIsRecognised(string answer, bool doesNotKnow) =>
        Assert.Equal(doesNotKnow, OrderClues.DoesNotKnow(answer));

    [Fact]
    public void TheListingShowsCountsOptionsOfSharedProductsAndCitiesThatDiffer()
    {
        var listing = OrderDescriptions.Listing(Placed[..2]).Split('\n');

        Assert.Equal(
            [
                "- #W2000001 (delivered, to Los Angeles): Tablet (8-inch, 64GB), Skateboard",
                "- #W2000002 (delivered, to Chicago): Tablet (8-inch, 128GB), 2 × T-Shirt (blue, cotton; black, polyester)",
            ],
            listing);
    }

    [Fact]
    public void TheListingOfOrdersToOneCityWithDifferentProductsNamesOnlyTheProducts() =>
        Assert.Equal(
            "- #W2000002 (delivered): Tablet, 2 × T-Shirt (blue, cotton; black, polyester)\n- #W2000005 (pending): Kettle",
            OrderDescriptions.Listing([Placed[1], Shipped("#W2000005", OrderStatus.Pending, "Chicago", Item("Kettle", 30m, "1L"))]));

    private static string[] Ids(IEnumerable<Order> orders) => [.. orders.Select(o => o.OrderId)];

    private static Order Order(string id, string status, params string[] products) => new(
        id, "test_user", SampleRecords.Home,
        [.. products.Select((name, i) => new OrderItem(name, $"p{i}", $"{id}-{i}", 10m, new Dictionary<string, string>()))],
        status, [], []);

    private static Order Shipped(string id, string status, string city, params OrderItem[] items) => new(
        id, "test_user", SampleRecords.Home with { City = city }, items, status, [], []);

    private static int _items;

    private static OrderItem Item(string name, decimal price, params string[] options) => new(
        name, name, $"i{Interlocked.Increment(ref _items)}", price,
        options.Select((value, i) => (value, i)).ToDictionary(o => $"option {o.i}", o => o.value));
}
