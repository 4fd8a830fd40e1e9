using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers (shipped db.json): Raj Sanchez (raj.sanchez2046@example.com) has delivered #W7736708;
// Mia Moore (mia.moore8091@example.com) has delivered #W5544629.
public sealed class HandoffJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task ACustomerWhoAsksForAPersonIsHandedOverWithASummaryOfTheConversation()
    {
        await _bot.SayTextAsync("where is my order #W7736708?");
        await _bot.SayTextAsync("raj.sanchez2046@example.com");

        var reply = await _bot.SayTextAsync("I want to talk to a person");

        Assert.Contains("passed our conversation to our support team", reply, StringComparison.Ordinal);
        var handoff = Assert.Single(_bot.SupportDesk.Handoffs);
        Assert.Contains($"Your reference is {handoff.Reference}.", reply, StringComparison.Ordinal);
        Assert.Equal(HandoffReason.CustomerAsked, handoff.Reason);
        Assert.Equal("raj_sanchez_2970", handoff.CustomerId);
        Assert.Equal(Microsoft.Bot.Connector.Channels.Test, handoff.ChannelId);
        Assert.Contains("Customer identified as raj_sanchez_2970.", handoff.Summary, StringComparison.Ordinal);
        Assert.Contains("\"where is my order #W7736708?\"", handoff.Summary, StringComparison.Ordinal);
        Assert.Contains("Order #W7736708 is delivered.", handoff.Summary, StringComparison.Ordinal);
        Assert.Equal(
            ["where is my order #W7736708?", "raj.sanchez2046@example.com", "I want to talk to a person"],
            handoff.Transcript.Where(l => l.From == "customer").Select(l => l.Text));
    }

    [Fact]
    public async Task VisibleFrustrationBringsAnOfferOfAPersonAndAcceptingItHandsOver()
    {
        await _bot.SayTextAsync("I want to return something from order #W5544629");
        await _bot.SayTextAsync("mia.moore8091@example.com");

        var offer = await _bot.SayTextAsync("this is useless, I just want my money back!!!");
        Assert.Empty(_bot.SupportDesk.Handoffs);
        var reply = await _bot.SayTextAsync("yes please");

        Assert.Contains("I can see this is frustrating", offer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pass you to a person", offer, StringComparison.Ordinal);
        Assert.Contains("passed our conversation to our support team", reply, StringComparison.Ordinal);
        var handoff = Assert.Single(_bot.SupportDesk.Handoffs);
        Assert.Equal(HandoffReason.Frustration, handoff.Reason);
        Assert.Equal("mia_moore_8366", handoff.CustomerId);
        Assert.Contains("In progress: return-items.", handoff.Summary, StringComparison.Ordinal);
        Assert.Contains("\"this is useless, I just want my money back!!!\"", handoff.Summary, StringComparison.Ordinal);
        var conversation = await _bot.ConversationAsync();
        Assert.Null(conversation.ActiveFlow);
        Assert.Equal("mia_moore_8366", conversation.CustomerId);
    }

    [Fact]
    public async Task AskingForAPersonInOwnWordsBeforeIdentifyingHandsOverAnUnidentifiedCustomer()
    {
        var reply = await _bot.SayTextAsync("get me a human");

        Assert.Contains("passed our conversation to our support team", reply, StringComparison.Ordinal);
        var handoff = Assert.Single(_bot.SupportDesk.Handoffs);
        Assert.Equal(HandoffReason.CustomerAsked, handoff.Reason);
        Assert.Null(handoff.CustomerId);
        Assert.Contains("Customer not identified.", handoff.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterRepeatedlyFailingToFindTheAccountTheBotOffersAPersonAndYesHandsOver()
    {
        await _bot.SayTextAsync("where is my order");
        await _bot.SayTextAsync("nobody@example.com");
        await _bot.SayTextAsync("nobody2@example.com");
        var gaveUp = await _bot.SayTextAsync("nobody3@example.com");
        var reply = await _bot.SayTextAsync("yes");

        Assert.Contains("I still can't find an account with those details", gaveUp, StringComparison.Ordinal);
        Assert.Contains("Would you like me to pass you to a person", gaveUp, StringComparison.Ordinal);
        Assert.Contains("passed our conversation to our support team", reply, StringComparison.Ordinal);
        var handoff = Assert.Single(_bot.SupportDesk.Handoffs);
        Assert.Equal(HandoffReason.RepeatedFailure, handoff.Reason);
        Assert.Null(handoff.CustomerId);
        Assert.Contains("\"nobody3@example.com\"", handoff.Summary, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
