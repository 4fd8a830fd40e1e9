using EcomBot.Bot.Conversation;

namespace EcomBot.Bot.Tests.Conversation;

/// <summary>A two-step flow for router tests: asks a question on start, answers and ends on the next turn.</summary>
internal sealed class ScriptedFlow(string name, params string[] intents) : IConversationFlow
{
    public string Name { get; } = name;

    public bool Handles(string intent) => intents.Contains(intent);

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.Say($"{Name}: which one?");
        turn.Continue(new Step { Asked = 1 });
        return Task.CompletedTask;
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var step = turn.State<Step>() ?? throw new InvalidOperationException("state lost");
        if (turn.Message.Text == "dunno")
        {
            turn.Unhelpful = true;
            turn.Say($"{Name}: please pick one");
            turn.Continue(step with { Asked = step.Asked + 1 });
            return Task.CompletedTask;
        }
        turn.Say($"{Name}: done with {turn.Message.Text} after {step.Asked} question(s)");
        turn.End();
        return Task.CompletedTask;
    }

    internal sealed record Step
    {
        public int Asked { get; init; }
    }
}
