using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Support.Orders;

/// <summary>Variants chosen by wishes relative to the item the customer has, on the shipped catalogue.</summary>
public sealed class RelativeVariantChoiceTests
{
    [Theory]
    [InlineData("Water Bottle", "8538875209", "Could I get a larger one?", "4579334072")]
    [InlineData("Water Bottle", "8538875209", "the biggest one you have", "7661609223")]
    [InlineData("Desk Lamp", "8384507844", "A dimmer one, battery powered", "7453605304")]
    [InlineData("Desk Lamp", "8384507844", "brighter please", "9083642334")]
    [InlineData("Digital Camera", "5996159312", "the highest zoom you have, everything else unchanged", "9228757377")]
    [InlineData("Digital Camera", "5996159312", "a bit lower resolution, same zoom and storage", "8363011723")]
    [InlineData("Jigsaw Puzzle", "4068787148", "same difficulty but 1000 more pieces, animal theme", "6245746168")]
    [InlineData("Jigsaw Puzzle", "6245746168", "500 more pieces, animals rather than art, same difficulty", "5645314103")]
    [InlineData("Jigsaw Puzzle", "9779102705", "the easiest one with the fewest pieces", "1096508426")]
    [InlineData("Skateboard", "4293355847", "a shorter one in bamboo, the priciest of those", "8176740019")]
    [InlineData("T-Shirt", "9354168549", "one size smaller, cotton, black if possible", "2060066974")]
    [InlineData("Laptop", "3478699712", "The cheapest one with an i7 processor or better.", "6017636844")]
    [InlineData("Bookshelf", "8895454203", "6 feet, the same material and color", "1111254697")]
    [InlineData("Mechanical Keyboard", "1151293680", "The same keyboard, only with clicky switches and no backlight", "7706410293")]
    [InlineData("Bluetooth Speaker", "3254583681", "a blue one under $300, water resistance doesn't matter", "2635605237")]
    [InlineData("Hiking Boots", "1615379700", "size 12 please, waterproof or not doesn't matter", "4582956489")]
    public void ARelativeAnswerChoosesTheVariantItDescribes(string productName, string itemId, string answer, string expected)
    {
        var (product, item) = Owned(productName, itemId);

        var choice = ExchangeVariants.Choose(product, item, answer, []);

        Assert.Equal(expected, choice.Chosen?.ItemId);
    }

    [Fact]
    public void OptionsThatCannotBeCombinedOfferTheClosestAndAPlaceThenPicksOne()
    {
        var (keyboard, item) = Owned("Mechanical Keyboard", "1151293680");

        var closest = ExchangeVariants.Choose(keyboard, item, "Same keyboard but clicky switches, RGB backlight, full size.", []);
        var picked = ExchangeVariants.Choose(keyboard, item, "the first one", [.. closest.Candidates.Select(v => v.ItemId)]);

        Assert.True(closest.IsClosest);
        Assert.Equal(["7706410293", "6342039236", "2299424241"], closest.Candidates.Select(v => v.ItemId));
        Assert.Equal(["RGB"], closest.Missed["7706410293"]);
        Assert.Equal(["full size"], closest.Missed["2299424241"]);
        Assert.Equal("7706410293", picked.Chosen?.ItemId);
    }

    [Fact]
    public void ASizeNumberIsTheSizeNotAPlaceInTheList()
    {
        var (boots, item) = Owned("Hiking Boots", "1615379700");
        var offered = ExchangeVariants.Alternatives(boots, item).Select(v => v.ItemId).ToList();

        var choice = ExchangeVariants.Choose(boots, item, "Size 8, the same material", offered);

        Assert.Equal("3613716226", choice.Chosen?.ItemId);
    }

    [Fact]
    public void AnAmountNoVariantHasIsToldWithTheClosest()
    {
        var (espresso, item) = Owned("Espresso Machine", "7441167885");

        var choice = ExchangeVariants.Choose(espresso, item, "8 bar pressure, same capacity and type", []);

        Assert.True(choice.IsClosest);
        Assert.Equal("3815173328", choice.Candidates[0].ItemId);
        Assert.Equal(["8 bar"], choice.Missed["3815173328"]);
    }

    [Fact]
    public void AComparativeThatNamesNoOptionAsksWhichOne()
    {
        var (bottle, item) = Owned("Water Bottle", "8538875209");

        var choice = ExchangeVariants.Choose(bottle, item, "one with more, please", []);

        Assert.Null(choice.Chosen);
        Assert.Contains("capacity", choice.AskAbout);
        Assert.Contains("price", choice.AskAbout);
    }

    [Fact]
    public void TheOneIAlreadyReceivedMayBeInAnOrderNowBeingExchanged()
    {
        var (hose, item) = Owned("Garden Hose", "5753502325");
        var received = Order("#W2", OrderStatus.ExchangeRequested, ItemOf(hose, "5206946487"));
        var pending = Order("#W1", OrderStatus.Pending, item);

        var other = OtherOrderItem.Find([received, pending], pending, item, "The same type as the hose I already received.");

        Assert.Equal("5206946487", other?.ItemId);
    }

    [Fact]
    public void AnotherItemOfTheProductGivesItsOptions()
    {
        var (hose, item) = Owned("Garden Hose", "5753502325");
        var pending = Order("#W1", OrderStatus.Pending, ItemOf(hose, "5206946487"));
        var delivered = Order("#W2", OrderStatus.Delivered, item);
        const string answer = "The same kind as the hose in my pending order";

        var other = OtherOrderItem.Find([delivered, pending], delivered, item, answer);
        var choice = ExchangeVariants.Choose(hose, item, answer, [], other?.Options);

        Assert.True(OtherOrderItem.IsReferredTo(answer));
        Assert.Equal("5206946487", choice.Chosen?.ItemId);
    }

    private static (Product Product, OrderItem Item) Owned(string productName, string itemId)
    {
        var product = DemoData.Database.Products.Values.Single(p => p.Name == productName);
        return (product, ItemOf(product, itemId));
    }

    private static OrderItem ItemOf(Product product, string itemId) =>
        new(product.Name, product.ProductId, itemId, product.Variants[itemId].Price, product.Variants[itemId].Options);

    private static Order Order(string id, string status, OrderItem item) =>
        new(id, "someone", new Address("1 Main St", "", "Springfield", "USA", "IL", "62701"), [item], status, [], []);
}
