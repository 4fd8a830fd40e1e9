using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Knowledge.Search;
using EcomBot.Bot.Conversation.Support.Handoff;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Answers questions about the store's rules from the help articles (<see cref="PolicyReply"/>): the rule quoted
/// with a citation, then what the customer can do about it. No identification is needed. When the articles hold no
/// reliable answer it says so and offers a person.
/// </summary>
public sealed class PolicyQuestionFlow : IConversationFlow
{
    public const string TalkToAPerson = PolicyReply.TalkToAPerson;

    public FlowDescriptor Descriptor { get; } = new FlowDescriptor("policy-question", PolicyQuestionIntents.All) with { HandoffReason = HandoffReason.OutOfScope, TrainingExamples = FlowExamples.Beside<PolicyQuestionFlow>() };

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var answer = await turn.Functions.Policies.SearchAsync(turn.Message.Text, PolicyReply.PassagesWanted, cancellationToken);
        if (!answer.FoundReliableAnswer)
        {
            PersonOffer.Make(turn);
        }
        turn.Reply(PolicyReply.Compose(turn.Message.Text, answer));
        turn.Conversation.OfferedNext = PolicyReply.OfferedAction(answer);
    }

    /// <summary>A policy answer is one turn; a follow-up question is routed afresh.</summary>
    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);

    public static Citation Cite(PolicyPassage passage) => PolicyReply.Cite(passage);
}
