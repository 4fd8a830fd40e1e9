using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Addresses;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Support.Addresses;

// Fatima Muller (fatima_muller_6713): default 377 River Road, Chicago, IL (also pending #W9962383 and #W6851636);
// pending #W4160705 to 480 Cedar Street, Philadelphia, PA (vacuum cleaner, espresso machine, gaming mouse); delivered
// #W2435638 to 686 Laurel Lane, Washington, DC; pending #W2040365 to 514 Hillcrest Drive, San Antonio, TX (tea kettle,
// t-shirt, desk lamp, espresso machines).
public sealed class AddressReferencesTests
{
    private static readonly User Fatima = DemoData.Database.Users["fatima_muller_6713"];

    private static AddressBook Book(IReadOnlyList<Address>? replaced = null, string? focus = null) =>
        AddressBook.Of(Fatima.Address, [.. DemoData.Database.OrderIdsOfUser(Fatima.UserId).Select(id => DemoData.Database.Orders[id])], replaced ?? [], focus);

    private static string? OnlyStreet(string text, AddressBook? book = null, string? changing = null) =>
        AddressReferences.Read(text, book ?? Book(), changing) is { Fits: [var one] } ? one.Address.Address1 : null;

    [Theory]
    [InlineData("My Washington DC address, the one on my other order.", "686 Laurel Lane")]
    [InlineData("my DC address please", "686 Laurel Lane")]
    [InlineData("The Washington, D.C. one from my orders", "686 Laurel Lane")]
    [InlineData("My Philadelphia address, it's in my orders.", "480 Cedar Street")]
    [InlineData("the one in Pennsylvania", "480 Cedar Street")]
    [InlineData("My Philly place", "480 Cedar Street")]
    [InlineData("The address in San Antonio, TX", "514 Hillcrest Drive")]
    [InlineData("my Texas address", "514 Hillcrest Drive")]
    [InlineData("the one on Hillcrest", "514 Hillcrest Drive")]
    public void AnAddressNamedByItsCityStateOrStreetIsTheKnownAddressThere(string answer, string street) =>
        Assert.Equal(street, OnlyStreet(answer));

    [Theory]
    [InlineData("My default address in Chicago.")]
    [InlineData("the address on my account")]
    [InlineData("My default address, the one on my profile.")]
    [InlineData("use my default address")]
    public void TheAccountOrDefaultIsTheDefaultAddress(string answer) =>
        Assert.Equal("377 River Road", OnlyStreet(answer));

    [Theory]
    [InlineData("The same address as order #W4160705.", "480 Cedar Street")]
    [InlineData("the one my vacuum cleaner order was sent to", "480 Cedar Street")]
    [InlineData("where my desk lamp order went", "514 Hillcrest Drive")]
    public void AnOrderNamedByItsIdOrItsItemsGivesItsAddress(string answer, string street) =>
        Assert.Equal(street, OnlyStreet(answer));

    [Fact]
    public void TheOrderInFocusIsThatOrder() =>
        Assert.Equal("686 Laurel Lane", OnlyStreet("the address that order was sent to", Book(focus: "#W2435638")));

    [Fact]
    public void MyOtherOrderLeavesOutTheOrderBeingChangedAndSeveralAreAllOffered()
    {
        var fits = AddressReferences.Read("the address on my other order", Book(), "#W2040365")!.Fits;

        Assert.Equal(["377 River Road", "480 Cedar Street", "686 Laurel Lane"], fits.Select(k => k.Address.Address1));
    }

    [Fact]
    public void TheOriginalAddressIsTheDefaultAChangeInThisConversationReplaced()
    {
        var original = new Address("667 Highland Drive", "Suite 865", "Denver", "USA", "CO", "80280");

        Assert.Equal("667 Highland Drive", OnlyStreet("My original address, the one it was before.", Book([original])));
        Assert.Equal("667 Highland Drive", OnlyStreet("back to the old one please", Book([original])));
    }

    [Fact]
    public void CluesThatContradictEachOtherLeaveEveryAddressAnyOfThemFits()
    {
        var fits = AddressReferences.Read("My Philadelphia address, the one on my account.", Book(), null)!.Fits;

        Assert.Equal(["377 River Road", "480 Cedar Street"], fits.Select(k => k.Address.Address1));
    }

    [Theory]
    [InlineData("My New York address, the one on my other order.")]
    [InlineData("use my other address")]
    public void AReferenceToNoKnownAddressIsStillAReferenceThatFitsNone(string answer) =>
        Assert.Empty(AddressReferences.Read(answer, Book(), null)!.Fits);

    [Theory]
    [InlineData("12 Elm Street, Chicago, IL 60601")]
    [InlineData("none")]
    [InlineData("78701")]
    public void AnAddressWrittenOutOrAPartOfOneIsNoReference(string answer) =>
        Assert.Null(AddressReferences.Read(answer, Book(), null));

    [Fact]
    public void EachAddressIsKnownOnceWithEveryOrderShippingThere()
    {
        var chicago = Book().Known.Single(k => k.Address.City == "Chicago");

        Assert.True(chicago.IsDefault);
        Assert.Contains("#W9962383", chicago.OrderIds);
        Assert.Contains("#W6851636", chicago.OrderIds);
        Assert.Equal(["Chicago", "Philadelphia", "Washington", "San Antonio"], Book().Known.Select(k => k.Address.City));
    }
}
