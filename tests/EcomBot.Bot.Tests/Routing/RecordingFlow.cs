using EcomBot.Bot.Conversation;

namespace EcomBot.Bot.Tests.Routing;

/// <summary>A flow that handles the given intents, stays active after starting, and records which turns it took.</summary>
internal sealed class RecordingFlow(string name, params string[] intents) : IConversationFlow
{
    public List<string> Turns { get; } = [];

    /// <summary>Suggested actions offered with every reply.</summary>
    public string[] Offers { get; init; } = [];

    public string Name => name;

    public bool Handles(string intent) => intents.Contains(intent);

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) => Take("start", turn);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => Take("continue", turn);

    private Task Take(string kind, FlowTurn turn)
    {
        Turns.Add($"{kind}:{turn.Message.Text}");
        turn.Say($"{name} heard {turn.Message.Text}", Offers);
        turn.Continue(new { step = Turns.Count });
        return Task.CompletedTask;
    }
}
