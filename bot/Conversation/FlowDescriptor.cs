using EcomBot.Bot.Capabilities.Handoff;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// What a flow is, declared by the flow: the router and the cross-cutting lists (which intents start which flow, which
/// question-form messages may be answered from the help articles instead, what the intent router learns from) are
/// computed from the registered descriptors, so adding a flow is one folder and one registration.
/// </summary>
/// <param name="Name">Stable name kept in conversation state while the flow is active.</param>
/// <param name="Intents">The intents that start the flow.</param>
public sealed record FlowDescriptor(string Name, IReadOnlySet<string> Intents)
{
    /// <summary>Whether a question about the store's rules that the classifier reads as one of this flow's intents
    /// ("can I cancel an order that was delivered?") is answered from the help articles first. False for flows whose
    /// requests are often phrased as questions ("do you have red shoes?", "can I get an invoice?").</summary>
    public bool RuleQuestionsMayRedirect { get; init; } = true;

    /// <summary>Whether a confident reading of this flow's intent takes the turn even from a flow waiting for a free-text
    /// answer ("that's all, thanks, bye" while an exchange asks for options).</summary>
    public bool InterruptsFreeText { get; init; }

    /// <summary>Whether the flow answers a question aside in one turn while another flow is active ("what's my gift card
    /// balance?" in the middle of a return): the other flow stays active, its last question still answerable.</summary>
    public bool AnswersAside { get; init; }

    /// <summary>Why a person is offered when this flow offers one (see <c>PersonOffer.Make</c>); null for flows that never do.</summary>
    public HandoffReason? HandoffReason { get; init; }

    /// <summary>The embedded resource of the project's own labelled examples for this flow's intents, if any.</summary>
    public string? TrainingExamples { get; init; }

    /// <summary>Intents the flow answers itself while it is active, without starting on them: product discovery keeps
    /// "add the second one to my cart" and "view cart", since only it knows which products it showed, and its list
    /// stays for the next turn.</summary>
    public IReadOnlySet<string> KeepsWhileActive { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The version of the flow's saved state; state saved with another version is not read back, so a deploy
    /// that changes the state's shape starts such conversations' flow afresh instead of failing them.</summary>
    public int StateVersion { get; init; } = 1;

    public static FlowDescriptor For(string name, params string[] intents) =>
        new(name, new HashSet<string>(intents, StringComparer.Ordinal));
}
