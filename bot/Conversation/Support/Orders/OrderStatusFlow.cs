using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>"Where is my order?" or "what are my orders?": identifies the customer, then shows one of their orders with
/// its status, items and tracking ids, listing their orders to pick from when the request named none.</summary>
public sealed class OrderStatusFlow(OrderChoice orders) : IConversationFlow
{
    private static readonly OrderRequirement AnyOrder = new(
        _ => true,
        "Which order would you like to check?",
        "I don't see any orders on your account.",
        o => BotReply.Say(OrderDescriptions.Summary(o)),
        ShowsTheOrder: true,
        ReadsOnly: true);

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("order-status", Intents.TrackOrder) with { TrainingExamples = FlowExamples.Beside<OrderStatusFlow>() };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new OrderStatusState(), firstTurn: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<OrderStatusState>() ?? new OrderStatusState(), firstTurn: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, OrderStatusState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, AnyOrder, firstTurn, cancellationToken) is { } chosen)
        {
            turn.Say(OrderDescriptions.Summary(chosen.Order));
            turn.End();
        }
    }
}

public sealed class OrderStatusState : IOrderFlowState
{
    public OrderChoiceState Choice { get; set; } = new();
}
