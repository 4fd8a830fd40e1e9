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
    [InlineData("return the toothbrush", "Electric Toothbrush")]
    public void AProductNamedInFullOrByItsHeadNounTakesItsItem(string request, params string[] expected) =>
        Assert.Equal(expected, Names(ItemsInWords.Named(request, Order)));

    [Fact]
    public void TheLongerOfTwoNamesOneInsideTheOtherIsTheOneMeant() =>
        Assert.Equal(["Insulated Water Bottle"], Names(ItemsInWords.Named("return the insulated water bottle", Order)));

    [Theory]
    [InlineData("I want to return an item from order #W5544629")]
    [InlineData("I'd like to return my cycling helmet")]
    public void ARequestThatNamesNoProductOfTheOrderTakesNothing(string request) =>
        Assert.Empty(ItemsInWords.Named(request, Order));

    [Fact]
    public void AProductTheOrderHoldsTwiceIsLeftToTheCustomer() =>
        Assert.Empty(ItemsInWords.Named("exchange the t-shirt and the bookshelf", Ordered("T-Shirt", "T-Shirt", "Bookshelf")));

    [Theory]
    [InlineData("The boots.", "Hiking Boots")]
    [InlineData("The watch.", "Smart Watch")]
    [InlineData("My shoes.", "Running Shoes")]
    [InlineData("The helmet.", "Cycling Helmet")]
    [InlineData("The keyboard and the bed.", "Mechanical Keyboard", "Pet Bed")]
    [InlineData("The jigsaw.", "Jigsaw Puzzle")]
    [InlineData("the luggage set please", "Luggage Set")]
    [InlineData("the coffee machine", "Espresso Machine")]
    [InlineData("The cleaner, the headphones and the smartwatch", "Smart Watch", "Headphones", "Vacuum Cleaner")]
    [InlineData("my bike", "Bicycle")]
    public void AnAnswerNamesAnItemByItsHeadNounADistinctiveWordOrAShopAssistantsWord(string answer, params string[] expected)
    {
        var order = Ordered("Hiking Boots", "Smart Watch", "Running Shoes", "Cycling Helmet", "Mechanical Keyboard", "Pet Bed",
            "Jigsaw Puzzle", "Luggage Set", "Espresso Machine", "Headphones", "Vacuum Cleaner", "Bicycle");
        Assert.Equal(expected.Order(), Names(ItemsInWords.Chosen(answer, order)).Order());
    }

    [Theory]
    [InlineData("Everything except the coffee machine.", "Electric Toothbrush", "Electric Kettle", "Hiking Boots")]
    [InlineData("Everything except the boots.", "Electric Toothbrush", "Electric Kettle", "Espresso Machine")]
    [InlineData("all of them but the kettle", "Electric Toothbrush", "Hiking Boots", "Espresso Machine")]
    public void EverythingExceptAnItemNamedByPartOfItsNameIsTheRest(string answer, params string[] expected) =>
        Assert.Equal(expected, Names(ItemsInWords.Chosen(answer, Ordered("Electric Toothbrush", "Electric Kettle", "Hiking Boots", "Espresso Machine"))));

    [Fact]
    public void APluralInVesNamesItsProduct() =>
        Assert.Equal(["Bookshelf"], Names(ItemsInWords.Named("I want to return all the bookshelves I received", Ordered("Bookshelf", "Yoga Mat"))));

    [Fact]
    public void AllOfAProductTheOrderDoesNotHoldIsNoneOfItsItems() =>
        Assert.Empty(ItemsInWords.Read("I want to cancel all the bookshelves and jigsaw puzzles I received", Ordered("Backpack", "Vacuum Cleaner"), fromRequest: true).Items);

    [Fact]
    public void EverythingExceptAnItemTheOrderDoesNotHoldIsAllOfIt() =>
        Assert.Equal(["Electric Toothbrush", "Electric Kettle"],
            Names(ItemsInWords.Read("cancel or return all the orders I can, except the boots.", Ordered("Electric Toothbrush", "Electric Kettle"), fromRequest: true).Items));

    [Fact]
    public void EverythingExceptTheOnlyItemLeavesNothingAndSaysSo()
    {
        var choice = ItemsInWords.Read("Everything except the boots.", Ordered("Hiking Boots"));
        Assert.Empty(choice.Items);
        Assert.True(choice.NothingLeft);
    }

    [Theory]
    [InlineData("the kettle")]
    [InlineData("the watch")]
    public void AWordThatFitsTwoProductsOfTheOrderPicksNeitherAndAsksBetweenThem(string answer)
    {
        var order = Ordered("Electric Kettle", "Tea Kettle", "Smart Watch", "Wristwatch", "Yoga Mat");
        var choice = ItemsInWords.Read(answer, order);
        Assert.Empty(choice.Items);
        Assert.Equal(2, choice.Unclear.Count);
        Assert.Empty(ItemsInWords.Chosen(answer, order));
    }

    [Fact]
    public void AWordThatDescribesAnotherItemsOptionsDoesNotNameAProduct() =>
        Assert.Equal(["Bluetooth Speaker"], Names(ItemsInWords.Chosen("the speaker that isn't water resistant", Ordered("Bluetooth Speaker", "Water Bottle"))));

    [Fact]
    public void AnItemSaidToComeWithAnotherIsTheOneMeant() =>
        Assert.Equal(["Backpack"], Names(ItemsInWords.Named("I also want to return the backpack I received with the vacuum cleaner.", Ordered("Backpack", "Vacuum Cleaner"))));

    [Fact]
    public void BothOfAProductTakesItsItemsOnlyNotTheWholeOrder() =>
        Assert.Equal(["s1", "s2"], Ids(ItemsInWords.Chosen("Both skateboards.", Skateboards)));

    [Theory]
    [InlineData("the skateboards")]
    [InlineData("the two skateboards")]
    public void ThePluralOrANumberOfAProductTakesAllItsItems(string answer) =>
        Assert.Equal(["s1", "s2"], Ids(ItemsInWords.Chosen(answer, Skateboards)));

    [Theory]
    [InlineData("The more expensive speaker that isn't water resistant.", "b2")]
    [InlineData("the cheaper speaker", "b3")]
    [InlineData("the water resistant speaker", "b3")]
    [InlineData("the black speaker", "b1")]
    public void ItemsOfOneProductAreToldApartByOptionsAndPrice(string answer, string expected)
    {
        var order = new Order("#W1000002", "test_user", SampleRecords.Home,
            [Item("Bluetooth Speaker", "b1", 80m, ("color", "black"), ("water resistance", "no")),
                Item("Bluetooth Speaker", "b2", 120m, ("color", "red"), ("water resistance", "no")),
                Item("Bluetooth Speaker", "b3", 60m, ("color", "red"), ("water resistance", "yes")),
                Item("Garden Hose", "h1", 30m, ("color", "green"))],
            OrderStatus.Delivered, [], []);
        Assert.Equal([expected], Ids(ItemsInWords.Chosen(answer, order)));
    }

    [Theory]
    [InlineData("The 17-inch laptop.", "l2")]
    [InlineData("the laptop, the 15 inch one with 32GB", "l1")]
    public void ALaptopIsToldApartByItsScreenSize(string answer, string expected)
    {
        var order = new Order("#W1000003", "test_user", SampleRecords.Home,
            [Item("Laptop", "l1", 2000m, ("screen size", "15-inch"), ("ram", "32GB")), Item("Laptop", "l2", 2100m, ("screen size", "17-inch"), ("ram", "32GB"))],
            OrderStatus.Delivered, [], []);
        Assert.Equal([expected], Ids(ItemsInWords.Chosen(answer, order)));
    }

    [Fact]
    public void ASizeInWordsTellsTShirtsApart()
    {
        var order = new Order("#W1000004", "test_user", SampleRecords.Home,
            [Item("T-Shirt", "t1", 50m, ("size", "S")), Item("T-Shirt", "t2", 50m, ("size", "XL")), Item("T-Shirt", "t3", 50m, ("size", "L"))],
            OrderStatus.Pending, [], []);
        Assert.Equal(["t1"], Ids(ItemsInWords.Chosen("the small t-shirt", order)));
        Assert.Equal(["t2"], Ids(ItemsInWords.Chosen("the extra large t-shirt", order)));
        Assert.Equal(["t1", "t2", "t3"], Ids(ItemsInWords.Chosen("all my t-shirts", order)));
    }

    [Fact]
    public void ARequestNamingAProductHeldTwiceChoosesNothingRatherThanOnlyTheOtherItems()
    {
        var order = new Order("#W1000005", "test_user", SampleRecords.Home,
            [Item("Vacuum Cleaner", "v1", 500m, ("type", "robotic")), Item("Air Purifier", "a1", 400m), Item("Vacuum Cleaner", "v2", 450m, ("type", "canister"))],
            OrderStatus.Delivered, [], []);
        var request = ItemsInWords.Read("I want to return an air purifier and a vacuum cleaner from my recent order.", order, fromRequest: true);
        Assert.Equal(["v1", "v2"], Ids(request.Unclear));
        Assert.Empty(ItemsInWords.Named("I want to return an air purifier and a vacuum cleaner from my recent order.", order));
        Assert.Equal(["a1", "v1"], Ids(ItemsInWords.Chosen("The air purifier and the robotic vacuum cleaner.", order)));
    }

    [Fact]
    public void ARequestLeavesThePriceOfTwoItemsToTheQuestionButTakesBothWhenBothAreMeant()
    {
        var order = new Order("#W1000006", "test_user", SampleRecords.Home,
            [Item("Tablet", "t1", 500m), Item("Tablet", "t2", 700m), Item("Pet Bed", "p1", 90m)], OrderStatus.Delivered, [], []);
        Assert.Empty(ItemsInWords.Named("I received two tablets and only need one. I want to return the more expensive one.", order));
        Assert.Equal(["t1", "t2"], Ids(ItemsInWords.Named("I'm angry about the two tablets I just bought. I want to return them.", order)));
        Assert.Equal(["t2"], Ids(ItemsInWords.Chosen("The more expensive tablet.", order)));
    }

    [Theory]
    [InlineData("the more expensive one", "s2")]
    [InlineData("the second", "s2")]
    [InlineData("the 28 inch one", "s1")]
    public void AfterTheUnclearItemsAreListedAnAnswerWithoutTheProductPicksAmongThem(string answer, string expected) =>
        Assert.Equal([expected], Ids(ItemsInWords.Read(answer, Skateboards, askedAbout: ["s1", "s2"]).Items));

    private static readonly Order Skateboards = new("#W1000007", "test_user", SampleRecords.Home,
        [Item("Skateboard", "s1", 180m, ("length", "28 inch")), Item("Vacuum Cleaner", "v1", 600m), Item("Skateboard", "s2", 200m, ("length", "34 inch")), Item("Smart Watch", "w1", 300m)],
        OrderStatus.Delivered, [], []);

    private static string[] Names(IEnumerable<OrderItem> items) => [.. items.Select(i => i.Name)];

    private static string[] Ids(IEnumerable<OrderItem> items) => [.. items.Select(i => i.ItemId)];

    private static OrderItem Item(string name, string id, decimal price, params (string Key, string Value)[] options) =>
        new(name, $"p-{name}", id, price, options.ToDictionary(o => o.Key, o => o.Value));

    private static Order Ordered(params string[] products) => new(
        "#W1000001", "test_user", SampleRecords.Home,
        [.. products.Select((name, i) => new OrderItem(name, $"p{i}", $"item-{i}", 10m, new Dictionary<string, string>()))],
        OrderStatus.Delivered, [], []);
}
