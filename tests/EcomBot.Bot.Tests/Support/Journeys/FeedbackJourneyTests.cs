using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.TestSupport;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Tests.Support.Journeys;

public sealed class FeedbackJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task AComplaintIsHeardRepeatedBackAndPassedToAPersonWithTheComplaintReason()
    {
        var ask = await _bot.SayTextAsync("I want to file a complaint");
        Assert.Contains("Please tell me what happened", ask, StringComparison.Ordinal);

        var heard = await _bot.SayTextAsync("the courier left my parcel in the rain and everything got wet");
        Assert.Contains("Here is what I heard: \"the courier left my parcel in the rain and everything got wet\"", heard, StringComparison.Ordinal);
        Assert.Empty(_bot.SupportDesk.Handoffs);

        var reply = await _bot.SayTextAsync("yes");

        Assert.Contains("passed our conversation to our support team", reply, StringComparison.Ordinal);
        var handoff = Assert.Single(_bot.SupportDesk.Handoffs);
        Assert.Equal(HandoffReason.Complaint, handoff.Reason);
        Assert.Contains("the customer made a complaint", handoff.Summary, StringComparison.Ordinal);
        Assert.Contains("the courier left my parcel in the rain", handoff.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressingTalkToAPersonAfterAComplaintKeepsTheComplaintReason()
    {
        await _bot.SayTextAsync("I want to file a complaint");
        await _bot.SayTextAsync("the courier left my parcel in the rain and everything got wet");

        await _bot.SayTextAsync(PersonOffer.TalkToAPerson);

        Assert.Equal(HandoffReason.Complaint, Assert.Single(_bot.SupportDesk.Handoffs).Reason);
    }

    [Fact]
    public async Task AReviewIsThankedForAndTheCustomerIsToldTheDemoStorePublishesNone()
    {
        var answer = await _bot.SayTextAsync("I'd like to leave a review");

        Assert.Contains("Thank you", answer, StringComparison.Ordinal);
        Assert.Contains("nowhere to publish reviews", answer, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
