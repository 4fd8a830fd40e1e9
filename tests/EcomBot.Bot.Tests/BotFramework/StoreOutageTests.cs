using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.State;
using EcomBot.TestSupport;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.BotFramework;

/// <summary>Turns while a store is unavailable: answered on a fresh state, told once, stored state never overwritten.</summary>
public sealed class StoreOutageTests
{
    private readonly OutageStorage _storage = new();
    private readonly EcomBotActivityHandler _bot;
    private readonly TestAdapter _adapter = new(Microsoft.Bot.Connector.Channels.Test);

    public StoreOutageTests()
    {
        var router = TestApps.Shared.RouterWith(
            FakeIntentClassifier.Fixed(new()
            {
                ["where is my order"] = ("track_order", 0.95),
                ["cancel my order"] = ("cancel_order", 0.95),
                ["cancel it, unsure if saved"] = ("cancel_order_unknown", 0.95),
            }),
            [new ScriptedFlow("tracking", "track_order"), new UnreachableRecordsFlow()]);
        _bot = new EcomBotActivityHandler(
            new ConversationState(_storage), new UserState(_storage), router, new ReplyRenderer(),
            Options.Create(new BotOptions()), outage: new StoreOutage(NullLogger<StoreOutage>.Instance));
    }

    [Fact]
    public async Task WhileStateCannotBeReadTurnsAreAnsweredFreshSaidOnceAndTheStoredConversationIsKeptForLater()
    {
        await Say("where is my order").AssertReply("tracking: which one?").StartTestAsync();
        _storage.Down = true;

        var firstDuringOutage = await RepliesAsync("the red one");
        var secondDuringOutage = await RepliesAsync("where is my order");
        _storage.Down = false;
        var afterOutage = await RepliesAsync("the red one");

        Assert.Equal(StoreOutage.CannotRemember.Text, firstDuringOutage[0]);
        Assert.True(firstDuringOutage.Count > 1, "the message itself is answered too");
        Assert.Equal(["tracking: which one?"], secondDuringOutage);
        Assert.Equal(0, _storage.WritesWhileDown);
        Assert.Equal(["tracking: done with the red one after 1 question(s)"], afterOutage);
    }

    [Fact]
    public async Task AnActionWhoseRecordsCannotBeReachedIsRefusedPlainlyAndLeavesTheStoredStateAsItWas()
    {
        await Say("where is my order").AssertReply("tracking: which one?").StartTestAsync();

        var refused = await RepliesAsync("cancel my order");
        var unsure = await RepliesAsync("cancel it, unsure if saved");
        var flowKept = await RepliesAsync("the red one");

        Assert.Equal([StoreOutage.MustWait(new StoreUnavailableException("order records", outcomeUnknown: false)).Text], refused);
        Assert.Contains("has to wait: nothing has been changed", refused[0], StringComparison.Ordinal);
        Assert.Contains("can't tell yet whether it went through", unsure[0], StringComparison.Ordinal);
        Assert.Equal(["tracking: done with the red one after 1 question(s)"], flowKept);
    }

    private TestFlow Say(string text) => new TestFlow(_adapter, _bot).Send(text);

    private async Task<IReadOnlyList<string>> RepliesAsync(string text)
    {
        var replies = new List<string>();
        var flow = new TestFlow(_adapter, _bot).Send(text);
        await flow.StartTestAsync();
        while (_adapter.GetNextReply() is IMessageActivity reply)
        {
            replies.Add(reply.Text);
        }
        return replies;
    }

    /// <summary>Bot state in memory that can be taken down: then every call fails as the Redis storage does.</summary>
    private sealed class OutageStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public bool Down { get; set; }

        public int WritesWhileDown { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Down ? throw Unavailable() : _inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            if (Down)
            {
                WritesWhileDown++;
                throw Unavailable();
            }
            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Down ? throw Unavailable() : _inner.DeleteAsync(keys, cancellationToken);

        private static StoreUnavailableException Unavailable() => new("conversation state", outcomeUnknown: false);
    }

    /// <summary>An order action whose records cannot be reached: before anything was sent, or with the write's outcome unknown.</summary>
    private sealed class UnreachableRecordsFlow : IConversationFlow
    {
        public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("unreachable", "cancel_order", "cancel_order_unknown");

        public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
            throw new StoreUnavailableException("order records", outcomeUnknown: turn.Intent.Intent == "cancel_order_unknown");

        public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);
    }
}
