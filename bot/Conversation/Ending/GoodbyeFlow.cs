namespace EcomBot.Bot.Conversation.Ending;

/// <summary>
/// The customer says goodbye ("bye", "thanks, that's all", "that's everything"): a friendly close, and the conversation
/// ends once the reply is recorded. A plain thank-you is not a goodbye; the router answers it itself.
/// </summary>
public sealed class GoodbyeFlow : IConversationFlow
{
    public const string Goodbye = "goodbye";

    public const string Farewell =
        "Thanks for chatting with us. Goodbye! If you need anything else later, just send a message here.";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("goodbye", Goodbye)
        with { TrainingExamples = FlowExamples.Beside<GoodbyeFlow>(), RuleQuestionsMayRedirect = false, InterruptsFreeText = true };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.Say(Farewell);
        turn.Conversation.Lifetime.EndAfterThisTurn(ConversationEndReason.Goodbye);
        turn.End();
        return Task.CompletedTask;
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);
}
