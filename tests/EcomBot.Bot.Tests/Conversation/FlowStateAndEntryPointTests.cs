using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Conversation;

/// <summary>Flow state carries the flow's version, so a deploy that changes a flow's state does not break conversations
/// kept in Redis; and a flow can be started without a customer message (a campaign the customer may answer).</summary>
public sealed class FlowStateAndEntryPointTests
{
    private sealed record Progress(int Step);

    /// <summary>A turn of the "returns" flow whose descriptor says its state is at <paramref name="version"/>.</summary>
    private static FlowTurn Turn(ConversationData conversation, int version)
    {
        var message = new CustomerMessage("next", "webchat", "u1", "c1");
        var flow = FlowDescriptor.For("returns", Intents.GetRefund) with { StateVersion = version };
        return new FlowTurn(message, IntentPrediction.Unknown, conversation, flow,
            TestApps.Shared.Get<TurnSessions>().FunctionsFor(message, conversation));
    }

    [Fact]
    public void StateIsReadBackByTheVersionThatWroteIt()
    {
        var conversation = new ConversationData();
        Turn(conversation, version: 2).Continue(new Progress(3));

        Assert.Equal(new Progress(3), Turn(conversation, version: 2).State<Progress>());
        Assert.Equal(2, conversation.FlowStateVersion);
    }

    [Fact]
    public void StateWrittenByAnotherVersionOfTheFlowIsNotReadAndTheFlowStartsAfresh()
    {
        var conversation = new ConversationData();
        Turn(conversation, version: 1).Continue(new Progress(3));

        Assert.Null(Turn(conversation, version: 2).State<Progress>());
    }

    [Fact]
    public void StateThatCannotBeReadIsTreatedAsNoneRatherThanFailingTheTurn()
    {
        var conversation = new ConversationData { ActiveFlow = "returns", FlowState = "{\"step\": \"three\"", FlowStateVersion = 1 };

        Assert.Null(Turn(conversation, version: 1).State<Progress>());
    }

    [Fact]
    public async Task AFlowStartedWithoutAMessageAsksItsFirstQuestionAndKeepsTheNextTurn()
    {
        var campaign = new ScriptedFlow("campaign-reply", "campaign_reply");
        var router = TestApps.Shared.RouterWith(new FakeIntentClassifier([]), [campaign, new ScriptedFlow("tracking", Intents.TrackOrder)]);
        var conversation = new ConversationData();

        var replies = await router.StartFlowAsync("campaign-reply", new CustomerMessage("ignored", "webchat", "u1", "c1"),
            new Dictionary<string, string> { ["campaign"] = "spring" }, conversation, CancellationToken.None);
        await router.RouteAsync(new CustomerMessage("show me", "webchat", "u1", "c1"), conversation, CancellationToken.None);

        Assert.Equal("campaign-reply: which one?", Assert.Single(replies).Text);
        Assert.Equal(["start:", "continue:show me"], campaign.Turns);
    }

    [Fact]
    public async Task StartingAFlowThatDoesNotExistIsRefused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => TestApps.Shared.RouterWith(new FakeIntentClassifier([]), [])
            .StartFlowAsync("nope", new CustomerMessage("", "webchat", "u1", "c1"), new Dictionary<string, string>(), new ConversationData(), CancellationToken.None));
}
