using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.Bot.State;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Support.Identity;

public sealed class UnreachableAttemptCountsTests
{
    [Fact]
    public async Task WhenTheAttemptCountsCannotBeReachedRightDetailsDoNotIdentifyUncounted()
    {
        var identification = TestIdentification.Create(DemoData.FreshStore(), attempts: new UnreachableAttempts());
        var conversation = new ConversationData();
        var turn = new FlowTurn(new CustomerMessage("Isabella Sanchez 85093", "test", "u1", "c1"), IntentPrediction.Unknown, conversation, "test-flow");

        // The channel edge answers a StoreUnavailableException with "that has to wait" and keeps the stored state.
        await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            identification.EnsureIdentifiedAsync(turn, new IdentificationState { Asked = true }, CancellationToken.None));

        Assert.Null(conversation.CustomerId);
        Assert.Empty(turn.Replies);
    }

    private sealed class UnreachableAttempts : IIdentificationAttemptStore
    {
        public Task<AttemptTally> GetAsync(string key, CancellationToken cancellationToken) =>
            throw new StoreUnavailableException("identification attempts", outcomeUnknown: false);

        public Task<AttemptTally> AddAsync(string key, TimeSpan rememberFor, CancellationToken cancellationToken) =>
            throw new StoreUnavailableException("identification attempts", outcomeUnknown: false);
    }
}
