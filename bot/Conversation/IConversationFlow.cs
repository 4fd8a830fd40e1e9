namespace EcomBot.Bot.Conversation;

/// <summary>
/// A multi-turn conversation about one task (a return, a product search ...). The router starts a flow for an
/// intent its descriptor names; while the flow is active it keeps the turn unless the customer clearly changes topic.
/// </summary>
public interface IConversationFlow
{
    FlowDescriptor Descriptor { get; }

    /// <summary>First turn of the flow. Call <see cref="FlowTurn.Continue{T}"/> to keep the next turn, or leave it ended.</summary>
    Task StartAsync(FlowTurn turn, CancellationToken cancellationToken);

    /// <summary>A later turn while the flow is active.</summary>
    Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken);
}
