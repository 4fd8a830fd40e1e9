using EcomBot.Bot.Profiles.Signals;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace EcomBot.Bot.Tests.BotFramework;

public sealed class ActivityHandlerTests
{
    [Fact]
    public async Task ACustomerJoiningIsWelcomedOnceWithTopicsToPick()
    {
        var harness = new BotHarness();
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Test);
        var joined = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("user1")],
            Recipient = new ChannelAccount("bot"),
        };

        await new TestFlow(adapter, harness.Bot)
            .Send(joined)
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Contains("orders", message.Text, StringComparison.Ordinal);
                Assert.Contains("policies", message.Text, StringComparison.Ordinal);
                Assert.Contains("find products", message.Text, StringComparison.Ordinal);
                Assert.Contains(message.SuggestedActions.Actions, a => a.Title == "Track my order");
            })
            .Send(joined)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task AMessageOverTheLimitIsDeclinedPolitelyAndTheFlowIsKept()
    {
        var harness = new BotHarness(maxMessageLength: 50);
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), harness.Bot)
            .Send("where is my order")
            .AssertReply("tracking: which one?")
            .Send(new string('x', 51))
            .AssertReply(reply => Assert.Contains("too long", ((IMessageActivity)reply).Text, StringComparison.Ordinal))
            .Send("the red one")
            .AssertReply("tracking: done with the red one after 1 question(s)")
            .StartTestAsync();
    }

    [Fact]
    public async Task AnEmptyMessageGetsAnAnswerNotSilence()
    {
        var harness = new BotHarness();
        await new TestFlow(new TestAdapter(Microsoft.Bot.Connector.Channels.Test), harness.Bot)
            .Send("   ")
            .AssertReply(reply => Assert.Contains("didn't catch", ((IMessageActivity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task FlowStateIsSavedBetweenTurnsThroughTheStorage()
    {
        var harness = new BotHarness();
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Test);
        await new TestFlow(adapter, harness.Bot).Send("where is my order").AssertReply("tracking: which one?").StartTestAsync();

        var keys = new[] { $"{Microsoft.Bot.Connector.Channels.Test}/conversations/{adapter.Conversation.Conversation.Id}" };
        var stored = await harness.Storage.ReadAsync(keys, CancellationToken.None);
        Assert.Contains("tracking", Newtonsoft.Json.JsonConvert.SerializeObject(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryTurnRecordsTheContactInBothDirectionsForTheChannelUser()
    {
        var harness = new BotHarness();
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Test);
        await new TestFlow(adapter, harness.Bot).Send("where is my order").AssertReply("tracking: which one?").StartTestAsync();

        var exchanged = harness.Signals.All.OfType<MessageExchanged>().ToList();
        Assert.Equal([ContactDirection.Inbound, ContactDirection.Outbound], exchanged.Select(s => s.Direction));
        Assert.All(exchanged, s =>
        {
            Assert.Equal(adapter.Conversation.User.Id, s.Subject.User?.UserId);
            Assert.Equal(adapter.Conversation.Conversation.Id, s.ConversationId);
        });
        Assert.Empty(harness.Signals.All.OfType<CustomerIdentified>());
    }
}
