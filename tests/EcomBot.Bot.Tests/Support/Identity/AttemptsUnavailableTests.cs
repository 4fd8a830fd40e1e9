using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Support.Identity;

public sealed class AttemptsUnavailableTests
{
    [Fact]
    public async Task WhenTheAttemptCountsCannotBeReachedDetailsAreNotCheckedUncountedAndTheCustomerIsToldToTryLater()
    {
        var identification = TestIdentification.Create(DemoData.FreshStore(), attempts: new UnreachableAttempts());
        var conversation = new ConversationData();
        var turn = new FlowTurn(new CustomerMessage("Isabella Sanchez 85093", "test", "u1", "c1"), IntentPrediction.Unknown, conversation, "test-flow");

        var outcome = await identification.EnsureIdentifiedAsync(turn, new IdentificationState { Asked = true }, CancellationToken.None);

        Assert.Equal(IdentificationOutcome.Waiting, outcome);
        Assert.Null(conversation.CustomerId);
        Assert.StartsWith("I can't check your details right now.", Assert.Single(turn.Replies).Text, StringComparison.Ordinal);
    }

    private sealed class UnreachableAttempts : IIdentificationAttemptStore
    {
        public Task<AttemptTally> GetAsync(string key, CancellationToken cancellationToken) =>
            throw new AttemptsUnavailableException(new TimeoutException("Redis did not answer."));

        public Task<AttemptTally> AddAsync(string key, TimeSpan rememberFor, CancellationToken cancellationToken) =>
            throw new AttemptsUnavailableException(new TimeoutException("Redis did not answer."));
    }
}
