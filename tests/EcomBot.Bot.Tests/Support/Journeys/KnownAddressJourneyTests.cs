using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Fatima Muller (fatima.muller6448@example.com): default 377 River Road, Suite 307, Chicago, IL, 60644; pending
// #W9962383 and #W6851636 ship there too, pending #W4160705 to 480 Cedar Street, Suite 747, Philadelphia, PA, 19155,
// pending #W2040365 to 514 Hillcrest Drive, Suite 243, San Antonio, TX, 78213; delivered #W2435638 went to 686 Laurel
// Lane, Washington, DC.
public sealed class KnownAddressJourneyTests : IDisposable
{
    private const string Email = "fatima.muller6448@example.com";
    private const string Philadelphia = "480 Cedar Street, Suite 747, Philadelphia, PA, USA, 19155";

    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task AnAddressPointedAtByItsCityOnAnotherOrderIsReadBackInFullAndChangedAfterAYes()
    {
        await _bot.SayTextAsync("I want to change the shipping address of order #W2040365");
        await _bot.SayTextAsync(Email);
        var summary = await _bot.SayTextAsync("My Philadelphia address, the one on my other order.");
        await _bot.SayTextAsync("yes");

        Assert.Contains($"will ship to {Philadelphia} instead of 514 Hillcrest Drive", summary, StringComparison.Ordinal);
        Assert.Equal("480 Cedar Street", (await _bot.Store.GetOrderAsync("#W2040365")).Address.Address1);
    }

    [Fact]
    public async Task SeveralKnownAddressesThatFitAreListedAndOneIsPickedByItsPlace()
    {
        await _bot.SayTextAsync("I want to change the shipping address of order #W2040365");
        await _bot.SayTextAsync(Email);
        var which = await _bot.SayTextAsync("the address on my other order");
        var summary = await _bot.SayTextAsync("the second one");

        Assert.Contains("Which of these should the new address be?", which, StringComparison.Ordinal);
        Assert.Contains("377 River Road", which, StringComparison.Ordinal);
        Assert.Contains("686 Laurel Lane", which, StringComparison.Ordinal);
        Assert.Contains($"will ship to {Philadelphia} instead of", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressTheStoreDoesNotHaveIsSaidWithTheAddressesItHasAndNothingChanges()
    {
        await _bot.SayTextAsync("I want to change the shipping address of order #W2040365");
        await _bot.SayTextAsync(Email);

        var none = await _bot.SayTextAsync("My New York address, the one on my other order.");

        Assert.StartsWith("I couldn't tell which address you mean. These are the addresses I have for you.", none, StringComparison.Ordinal);
        Assert.Contains(Philadelphia, none, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't look like a street address", none, StringComparison.Ordinal);
        Assert.Equal("modify-order-address", (await _bot.ConversationAsync()).ActiveFlow);
        Assert.Equal("514 Hillcrest Drive", (await _bot.Store.GetOrderAsync("#W2040365")).Address.Address1);
    }

    [Fact]
    public async Task ADefaultAddressChangedInTheConversationCanBeChangedBackToTheOriginalOne()
    {
        await _bot.SayTextAsync("Please change my default address to my Philadelphia address, the one on my order.");
        var summary = await _bot.SayTextAsync(Email);
        await _bot.SayTextAsync("yes");
        var back = await _bot.SayTextAsync("Actually, please change my default address back to the original one.");
        await _bot.SayTextAsync("yes");

        Assert.Contains($"will be {Philadelphia} instead of 377 River Road", summary, StringComparison.Ordinal);
        Assert.Contains($"will be 377 River Road, Suite 307, Chicago, IL, USA, 60644 instead of {Philadelphia}", back, StringComparison.Ordinal);
        Assert.Equal("377 River Road", (await _bot.Store.GetUserAsync("fatima_muller_6713")).Address.Address1);
    }

    [Fact]
    public async Task AllPendingOrdersAreProposedTheNewAddressOneAfterAnotherEachAfterItsOwnYes()
    {
        var first = await _bot.SayTextAsync("Please change the shipping address of all my pending orders to 12 Elm Street, Austin, TX 78701.");
        var proposals = new List<string> { await _bot.SayTextAsync(Email) };
        for (var i = 0; i < 4; i++)
        {
            proposals.Add(await _bot.SayTextAsync("yes"));
        }

        Assert.DoesNotContain("Which order", first + proposals[0], StringComparison.Ordinal);
        Assert.Contains("4 pending orders", proposals[0], StringComparison.Ordinal);
        foreach (var id in new[] { "#W9962383", "#W6851636", "#W4160705", "#W2040365" })
        {
            Assert.Equal("12 Elm Street", (await _bot.Store.GetOrderAsync(id)).Address.Address1);
        }
        Assert.Equal("686 Laurel Lane", (await _bot.Store.GetOrderAsync("#W2435638")).Address.Address1);
        Assert.StartsWith("Done: order #W2040365 will ship to 12 Elm Street", proposals[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrdersAddressChangedToTheDefaultAddressIsAnOrderChangeAndTheRequestNamesTheNewAddress()
    {
        await _bot.SayTextAsync("Please change the shipping address of my pending order to my default address in Chicago.");
        await _bot.SayTextAsync(Email);
        var summary = await _bot.SayTextAsync("#W4160705");

        Assert.Contains("order #W4160705 will ship to 377 River Road, Suite 307, Chicago, IL, USA, 60644 instead of 480 Cedar Street", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrderSentToAnOldAddressAfterAMoveReachesTheOrderAddressChange()
    {
        await _bot.SayTextAsync("I moved to a new house on the same street, but one of my orders was sent to my old address. Please change that order's address to my new home.");

        Assert.Equal("modify-order-address", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task AWholeAddressToCorrectOnAllOrdersIsAnAddressChangeForEveryPendingOrder()
    {
        await _bot.SayTextAsync("My address should be 12 Elm Street, Austin, TX 78701, USA. Please correct it on all my orders.");
        var proposal = await _bot.SayTextAsync(Email);

        Assert.Contains("Only a pending order's address", proposal + "", StringComparison.Ordinal);
        Assert.Contains("Please confirm: order #W9962383 will ship to 12 Elm Street, Austin, TX, USA, 78701", proposal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrderNamedByWhereItShipsIsTheOrderWhoseAddressChanges()
    {
        await _bot.SayTextAsync("I want to change the shipping address of one of my orders");
        var which = await _bot.SayTextAsync(Email);
        var picked = await _bot.SayTextAsync("The one going to San Antonio.");

        Assert.Contains("Which order's shipping address would you like to change?", which, StringComparison.Ordinal);
        Assert.StartsWith("That's order #W2040365", picked, StringComparison.Ordinal);
        Assert.Contains("Where should order #W2040365 ship?", picked, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
