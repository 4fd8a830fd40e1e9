using EcomBot.Bot.Conversation;
using EcomBot.Bot.Plugins.Calls;
using EcomBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomBot.Bot.Tests.Plugins;

/// <summary>A conversation's kernel functions turn by turn over the composed app, as the router hands them to flows,
/// for calling plugins directly (as a chat model would) and answering proposals as the customer.</summary>
internal sealed class PluginSession : IDisposable
{
    private readonly CustomerMessage _message = new("", "webchat", "plugin-user", "plugin-" + Guid.NewGuid().ToString("N"));

    public PluginSession(string? customerId = null, TimeProvider? clock = null)
    {
        App = TestApp.Create(services: clock is null ? null : s => s.Replace(ServiceDescriptor.Singleton(clock)));
        Conversation = new ConversationData { CustomerId = customerId };
    }

    public TestApp App { get; }

    public ConversationData Conversation { get; }

    public string ConversationId => _message.ConversationId;

    /// <summary>The next turn's functions.</summary>
    public TurnFunctions NextTurn()
    {
        Conversation.Turn++;
        return App.Get<TurnSessions>().FunctionsFor(_message, Conversation);
    }

    /// <summary>The customer answers on a new turn, through the router's one yes/no handler; returns that turn's functions.</summary>
    public TurnFunctions Answer(string text)
    {
        var turn = NextTurn();
        ProposalAnswers.Record(_message with { Text = text }, turn.Session);
        return turn;
    }

    public void Dispose() => App.Dispose();
}
