using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.TestSupport;
using static EcomBot.TestSupport.FakeIntentClassifier;

namespace EcomBot.Bot.Tests.Routing;

/// <summary>An active flow that ends without a word hands the message back: it is routed as if no flow were active.</summary>
public sealed class DecliningFlowTests
{
    private readonly ConversationData _conversation = new();

    [Fact]
    public async Task AMessageTheActiveFlowDeclinesGoesToTheFlowForItsIntent()
    {
        var tracking = new ScriptedFlow("tracking", Intents.TrackOrder) { StaysActive = true };
        var router = TestApps.Shared.RouterWith(new FakeIntentClassifier(new()
        {
            ["show me picks"] = Predict(Intents.Recommend, 0.95),
            ["hmm where is it"] = Predict(Intents.TrackOrder, 0.6),
        }), [new Declining(), tracking]);
        await router.RouteAsync(new CustomerMessage("show me picks", "test", "u1", "c1"), _conversation, CancellationToken.None);

        var replies = await router.RouteAsync(new CustomerMessage("hmm where is it", "test", "u1", "c1"), _conversation, CancellationToken.None);

        Assert.Equal(["start:hmm where is it"], tracking.Turns);
        Assert.Equal("tracking heard hmm where is it", Assert.Single(replies).Text);
        Assert.Equal(0, _conversation.UnhelpfulTurns);
    }

    /// <summary>Answers its intent and stays active; ends silently on anything else.</summary>
    private sealed class Declining : IConversationFlow
    {
        public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("picks", Intents.Recommend);

        public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
        {
            turn.Say("here are picks");
            turn.Continue(new object());
            return Task.CompletedTask;
        }

        public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
        {
            turn.End();
            return Task.CompletedTask;
        }
    }
}
