using EcomBot.Bot.Conversation;

namespace EcomBot.TestSupport;

/// <summary>
/// A flow for router tests. By default two steps: asks a question on start, answers and ends on the next turn ("dunno"
/// is an unhelpful answer that asks again). With <see cref="StaysActive"/> it answers "heard ..." every turn and stays
/// active. Either way it records which turns it took.
/// </summary>
public sealed class ScriptedFlow(string name, params string[] intents) : IConversationFlow
{
    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For(name, intents);

    public string Name => Descriptor.Name;

    /// <summary>"start:text" or "continue:text" for each turn the flow took.</summary>
    public List<string> Turns { get; } = [];

    /// <summary>Keep the turn every time, replying "{name} heard {text}".</summary>
    public bool StaysActive { get; init; }

    /// <summary>Suggested actions offered with every reply.</summary>
    public string[] Offers { get; init; } = [];

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        Turns.Add($"start:{turn.Message.Text}");
        if (StaysActive)
        {
            return Heard(turn);
        }
        turn.Say($"{Name}: which one?", Offers);
        turn.Continue(new Step { Asked = 1 });
        return Task.CompletedTask;
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        Turns.Add($"continue:{turn.Message.Text}");
        if (StaysActive)
        {
            return Heard(turn);
        }
        var step = turn.State<Step>() ?? throw new InvalidOperationException("state lost");
        if (turn.Message.Text == "dunno")
        {
            turn.Unhelpful = true;
            turn.Say($"{Name}: please pick one", Offers);
            turn.Continue(step with { Asked = step.Asked + 1 });
            return Task.CompletedTask;
        }
        turn.Say($"{Name}: done with {turn.Message.Text} after {step.Asked} question(s)");
        turn.End();
        return Task.CompletedTask;
    }

    private Task Heard(FlowTurn turn)
    {
        turn.Say($"{Name} heard {turn.Message.Text}", Offers);
        turn.Continue(new Step { Asked = Turns.Count });
        return Task.CompletedTask;
    }

    public sealed record Step
    {
        public int Asked { get; init; }
    }
}
