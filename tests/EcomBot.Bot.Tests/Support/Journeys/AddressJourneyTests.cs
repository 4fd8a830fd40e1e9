using EcomBot.TestSupport;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Ivan Santos (ivan.santos3158@example.com) has the default address 477 Park Avenue, Suite 558, Dallas, TX, USA, 75277
// and pending order #W8770097, shipping there too.
public sealed class AddressJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task AnOrdersNewAddressInTheUsualUsFormIsReadBackAndChangedAfterAYes()
    {
        await _bot.SayTextAsync("change the shipping address of #W8770097");
        await _bot.SayTextAsync("ivan.santos3158@example.com");
        var summary = await _bot.SayTextAsync("12 Elm Street, Apt 4, Austin TX 78701");
        var done = await _bot.SayTextAsync("yes");

        Assert.Contains("will ship to 12 Elm Street, Apt 4, Austin, TX, USA, 78701 instead of 477 Park Avenue", summary, StringComparison.Ordinal);
        Assert.Contains("Done", done, StringComparison.Ordinal);
        Assert.Equal(new Address("12 Elm Street", "Apt 4", "Austin", "USA", "TX", "78701"), (await _bot.Store.GetOrderAsync("#W8770097")).Address);
    }

    [Fact]
    public async Task ADefaultAddressMissingItsZipCodeIsAskedForOnlyThatAndAWrongZipCodeIsRefused()
    {
        await _bot.SayTextAsync("I need to set up a shipping address");
        await _bot.SayTextAsync("ivan.santos3158@example.com");
        var missing = await _bot.SayTextAsync("12 Elm Street, Austin, TX, USA");
        var wrong = await _bot.SayTextAsync("7870");
        var summary = await _bot.SayTextAsync("78701");

        Assert.Equal("And the zip code?", missing);
        Assert.Equal("\"7870\" isn't a US zip code; it has 5 digits, like 78701. And the zip code?", wrong);
        Assert.Contains("will be 12 Elm Street, Austin, TX, USA, 78701 instead of 477 Park Avenue", summary, StringComparison.Ordinal);
        Assert.Equal("477 Park Avenue", (await _bot.Store.GetUserAsync("ivan_santos_6635")).Address.Address1);
    }

    [Fact]
    public async Task AStateThatIsNotAUsStateIsNamedAndTheAddressAskedForAgain()
    {
        await _bot.SayTextAsync("I need to set up a shipping address");
        await _bot.SayTextAsync("ivan.santos3158@example.com");

        var refused = await _bot.SayTextAsync("12 Elm Street, Apt 4, Austin, Texsa, USA, 78701");

        Assert.StartsWith("\"Texsa\" isn't a US state", refused, StringComparison.Ordinal);
        Assert.EndsWith("or start with the street address.", refused, StringComparison.Ordinal);
        Assert.Equal("default-address", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task AnAddressTheClassifierReadsAsAnotherRequestStillAnswersTheAddressQuestion()
    {
        await _bot.SayTextAsync("I need to set up a shipping address");
        await _bot.SayTextAsync("ivan.santos3158@example.com");

        var refused = await _bot.SayTextAsync("12 Elm Street, Austin, XY, USA, 78701");

        Assert.StartsWith("\"XY\" isn't a US state", refused, StringComparison.Ordinal);
        Assert.Equal("default-address", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task AQuestionForAnotherFlowStillLeavesTheAddressQuestion()
    {
        await _bot.SayTextAsync("change the shipping address of #W8770097");
        await _bot.SayTextAsync("ivan.santos3158@example.com");

        var status = await _bot.SayTextAsync("wait, where is my order #W8770097?");

        Assert.Contains("Order #W8770097 is pending.", status, StringComparison.Ordinal);
        Assert.Equal("477 Park Avenue", (await _bot.Store.GetOrderAsync("#W8770097")).Address.Address1);
    }

    public void Dispose() => _bot.Dispose();
}
