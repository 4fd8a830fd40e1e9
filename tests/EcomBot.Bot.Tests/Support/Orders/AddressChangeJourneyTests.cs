using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Orders;

// Ivan Santos's pending order #W8770097 ships to 477 Park Avenue, Suite 558, Dallas, TX, USA, 75277.
public sealed class AddressChangeJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    [Fact]
    public async Task AWholeAddressInOneMessageIsShownAndChangedAfterAnExplicitYes()
    {
        await _bot.Say("change the shipping address of #W8770097");
        Assert.Contains("Where should order #W8770097 ship", await _bot.Say("ivan.santos3158@example.com"), StringComparison.Ordinal);
        var summary = await _bot.Say("12 Elm Street, Apt 4, Austin, TX, USA, 78701");
        Assert.Contains("will ship to 12 Elm Street, Apt 4, Austin, TX, USA, 78701 instead of 477 Park Avenue", summary, StringComparison.Ordinal);
        Assert.Contains("Done", await _bot.Say("yes"), StringComparison.Ordinal);
        Assert.Equal(new Address("12 Elm Street", "Apt 4", "Austin", "USA", "TX", "78701"), (await _bot.Store.GetOrderAsync("#W8770097")).Address);
    }

    [Fact]
    public async Task TheAddressCanBeGivenFieldByFieldAndANoChangesNothing()
    {
        await _bot.Say("change the shipping address of #W8770097");
        await _bot.Say("ivan.santos3158@example.com");
        Assert.Contains("second address line", await _bot.Say("12 Elm Street"), StringComparison.Ordinal);
        Assert.Contains("city", await _bot.Say("none"), StringComparison.Ordinal);
        Assert.Contains("state", await _bot.Say("Austin"), StringComparison.Ordinal);
        Assert.Contains("country", await _bot.Say("TX"), StringComparison.Ordinal);
        Assert.Contains("zip code", await _bot.Say("USA"), StringComparison.Ordinal);
        Assert.Contains("will ship to 12 Elm Street, Austin, TX, USA, 78701", await _bot.Say("78701"), StringComparison.Ordinal);
        Assert.Contains("nothing has changed", await _bot.Say("no"), StringComparison.Ordinal);
        Assert.Equal("477 Park Avenue", (await _bot.Store.GetOrderAsync("#W8770097")).Address.Address1);
    }

    [Fact]
    public async Task ADeliveredOrdersAddressIsNotChanged()
    {
        await _bot.Say("change the shipping address of #W6893533");
        Assert.Contains("Only a pending order's address can be changed", await _bot.Say("ivan.santos3158@example.com"), StringComparison.Ordinal);
    }
}
