using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Addresses;

namespace EcomBot.Bot.Tests.Support.Addresses;

public sealed class AddressRequestTests
{
    [Theory]
    [InlineData("Please change my default address to that Washington DC address.", "that Washington DC address")]
    [InlineData("Please change my default address back to the original one.", "the original one")]
    [InlineData("I want to change the shipping address of my LA order to my NYC address, which is on my other order. Thanks!", "my NYC address, which is on my other order")]
    [InlineData("For order #W5056519, I want to change the address to be the same as order #W8277957.", "be the same as order #W8277957")]
    [InlineData("I moved to a new house, but one order was sent to my old address. Please change that order's address to my new home.", "my new home")]
    public void TheNewAddressIsWhatFollowsChangeTheAddressTo(string request, string newAddress) =>
        Assert.Equal(newAddress, AddressRequest.NewAddressPart(request));

    [Theory]
    [InlineData("My address should be 445 Maple Drive, Suite 394, Fort Worth, TX 76165, USA. Please correct it on all my orders.", "445 Maple Drive", "Suite 394")]
    [InlineData("For order #W2702727, I want to change the shipping address to my new home: 1234 Elm St, Springfield, IL 62701.", "1234 Elm St", "")]
    public void AWholeAddressWrittenInTheRequestIsRead(string request, string street, string line2)
    {
        var address = AddressRequest.WrittenAddress(request);

        Assert.Equal(street, address?.Address1);
        Assert.Equal(line2, address?.Address2);
    }

    [Theory]
    [InlineData("I need to fix the 1000-piece jigsaw order #W1234567, I live at zip 76165")]
    [InlineData("change my address please")]
    public void NoWholeAddressIsReadFromARequestWithoutOne(string request) =>
        Assert.Null(AddressRequest.WrittenAddress(request));

    [Theory]
    [InlineData("Please change my default address to my daughter's address, the one that order was sent to.", true, false)]
    [InlineData("And please correct my account's default address too.", true, false)]
    [InlineData("Please change the shipping address of my pending order to my default address in Chicago.", false, true)]
    [InlineData("Please also change the shipping address of all my pending orders to 101 Highway, New York, NY 10001, USA.", false, true)]
    [InlineData("My address should be 445 Maple Drive, Fort Worth, TX 76165. Please correct it on all my orders.", false, true)]
    [InlineData("change its shipping address to my account's address", false, true)]
    public void WhoseAddressChangesIsReadFromWhatTheRequestChangesNotFromTheNewAddress(string request, bool theDefault, bool anOrder)
    {
        Assert.Equal(theDefault, AddressRequest.ChangesTheDefault(request));
        Assert.Equal(anOrder, !theDefault && AddressRequest.ChangesAnOrder(request));
    }

    [Theory]
    [InlineData("For order #W5056519, I want to change the address to be the same as order #W8277957.", true)]
    [InlineData("I'd like to change the desk lamp and the backpack in my pending order, and also change its shipping address.", false)]
    public void AnOrderChangeIsAnAddressChangeOnlyWhenTheAddressIsTheFirstThingChanged(string request, bool address) =>
        Assert.Equal(address, AddressRequest.ChangesAnAddressFirst(request));

    [Theory]
    [InlineData("Please change the shipping address of all my pending orders to my DC address.", true)]
    [InlineData("Please correct it on all my orders.", true)]
    [InlineData("Change the address of both orders to 12 Main St, Austin, TX 78701", true)]
    [InlineData("Change the address of my order to the one on all my other orders", false)]
    public void ARequestForEveryOrderIsToldByWhatItChanges(string request, bool every) =>
        Assert.Equal(every, AddressRequest.ForEveryOrder(request));

    [Fact]
    public void KnownAddressesAreTheSameWhateverTheCaseOrSpacing() =>
        Assert.True(AddressBook.Same(new Address("12 Main St", "", "Austin", "USA", "TX", "78701"), new Address("12  main st", "", "AUSTIN", "USA", "tx", "78701")));
}
