using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.TestSupport;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customer Ivan Santos (ivan.santos3158@example.com, ivan_santos_6635): default address
// 477 Park Avenue, Suite 558, Dallas, TX, USA, 75277.
public sealed class AccountJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task AForgottenPasswordIsAnsweredWithHowThisStoreRecognisesCustomers()
    {
        var answer = await _bot.SayTextAsync("I forgot my password");

        Assert.Contains("There's no password to recover", answer, StringComparison.Ordinal);
        Assert.Contains("email address on your account, or by your first name, last name and zip code", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingAnAccountIsExplainedAsUnnecessary()
    {
        var answer = await _bot.SayTextAsync("I want to create an account");

        Assert.Contains("You don't need an account to shop here", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingAnAccountIsExplainedAndAYesPassesTheRequestToAPersonWithoutErasingAnything()
    {
        var answer = await _bot.SayTextAsync("I want to delete my account");
        Assert.Contains("erasing your data is done by a person on our team", answer, StringComparison.Ordinal);
        Assert.Contains("your profile (name, interests, marketing consent and contact history)", answer, StringComparison.Ordinal);
        Assert.Empty(_bot.SupportDesk.Handoffs);

        var reply = await _bot.SayTextAsync("yes");

        Assert.Contains("passed our conversation to our support team", reply, StringComparison.Ordinal);
        var handoff = Assert.Single(_bot.SupportDesk.Handoffs);
        Assert.Equal(HandoffReason.AccountDeletion, handoff.Reason);
        Assert.Contains("asked for their account and personal data to be erased", handoff.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecliningTheOfferToEraseChangesNothing()
    {
        await _bot.SayTextAsync("I want to delete my account");

        var reply = await _bot.SayTextAsync("No thanks");

        Assert.Contains("nothing has been deleted", reply, StringComparison.Ordinal);
        Assert.Empty(_bot.SupportDesk.Handoffs);
    }

    [Fact]
    public async Task SettingUpAShippingAddressChangesTheDefaultAddressAfterAnExplicitYes()
    {
        Assert.Contains("confirm who you are", await _bot.SayTextAsync("I need to set up a shipping address"), StringComparison.Ordinal);
        var current = await _bot.SayTextAsync("ivan.santos3158@example.com");
        Assert.Contains("Your default shipping address is 477 Park Avenue, Suite 558, Dallas, TX, USA, 75277", current, StringComparison.Ordinal);

        var summary = await _bot.SayTextAsync("12 Elm Street, Apt 4, Austin, TX, USA, 78701");
        Assert.Contains("will be 12 Elm Street, Apt 4, Austin, TX, USA, 78701 instead of 477 Park Avenue", summary, StringComparison.Ordinal);
        Assert.Equal("477 Park Avenue", (await _bot.Store.GetUserAsync("ivan_santos_6635")).Address.Address1);

        Assert.Contains("Done: your default shipping address is now 12 Elm Street", await _bot.SayTextAsync("yes"), StringComparison.Ordinal);
        Assert.Equal(new Address("12 Elm Street", "Apt 4", "Austin", "USA", "TX", "78701"), (await _bot.Store.GetUserAsync("ivan_santos_6635")).Address);
    }

    [Fact]
    public async Task ChangingAnEmailSaysWhatCanBeChangedHereAndOffersTheDefaultAddress()
    {
        var answer = await _bot.SayTextAsync("I want to change my email address");
        Assert.Contains("for your name, email or payment methods, a person from our team can help", answer, StringComparison.Ordinal);

        var next = await _bot.SayTextAsync("Change my default address");

        Assert.Contains("confirm who you are", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingToChangeTheDefaultAddressDoesNotStartAnOrderAddressChange()
    {
        await _bot.SayTextAsync("I want to update my default address");

        var answer = await _bot.SayTextAsync("ivan.santos3158@example.com");

        Assert.Contains("Your default shipping address is 477 Park Avenue", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Which order", answer, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
