namespace EcomBot.Bot.Tests.Support.Orders;

// Ivan Santos (ivan.santos3158@example.com) is verified first; Sophia Thomas (sophia.thomas1364@example.com, zip 75396)
// is the other account.
public sealed class IdentitySwitchJourneyTests
{
    private readonly OrderSupportHarness _bot = new();

    [Theory]
    [InlineData("sophia.thomas1364@example.com")]
    [InlineData("actually I'm Sophia Thomas 75396")]
    [InlineData("nobody@example.com")]
    public async Task AnotherIdentityMidConversationIsAnsweredAndNeitherSwitchesNorRevealsTheOtherAccount(string otherIdentity)
    {
        await _bot.Say("I want to pay for an order differently");
        await _bot.Say("ivan.santos3158@example.com");

        var reply = await _bot.Say(otherIdentity);

        Assert.Contains("already verified as Ivan", reply, StringComparison.Ordinal);
        Assert.Contains("start a new conversation", reply, StringComparison.Ordinal);
        Assert.Equal("ivan_santos_6635", _bot.Conversation.CustomerId);
        Assert.DoesNotContain(_bot.EverythingShown, s => s.Contains("#W4862767", StringComparison.Ordinal) || s.Contains("Visa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFlowKeepsItsPlaceAfterTheRefusal()
    {
        await _bot.Say("where is my order");
        await _bot.Say("ivan.santos3158@example.com");
        await _bot.Say("sophia.thomas1364@example.com");

        Assert.Contains("Order #W8770097 is pending.", await _bot.Say("#W8770097"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivingTheVerifiedAccountsOwnDetailsAgainIsNoSwitch()
    {
        await _bot.Say("where is my order");
        await _bot.Say("Ivan Santos 75277");
        var reply = await _bot.Say("ivan.santos3158@example.com");
        Assert.DoesNotContain("already verified", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressEndingInAZipCodeIsNotMistakenForAnotherIdentity()
    {
        await _bot.Say("change the shipping address of #W8770097");
        await _bot.Say("ivan.santos3158@example.com");
        Assert.Contains("will ship to 12 Elm Street", await _bot.Say("12 Elm Street, Apt 4, Austin, TX, USA, 78701"), StringComparison.Ordinal);
    }
}
