using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>"Where is my order?": identifies the customer, then shows one of their orders with its status, items
/// and tracking ids, asking which order with suggested actions when none was named.</summary>
public sealed class OrderStatusFlow(ICommerceStore store, CustomerIdentification identification) : IConversationFlow
{
    public string Name => "order-status";

    public bool Handles(string intent) => intent == Intents.TrackOrder;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new OrderStatusState { OrderId = OrderDescriptions.ReadOrderId(turn) }, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State<OrderStatusState>() ?? new OrderStatusState();
        state.OrderId ??= OrderDescriptions.ReadOrderId(turn);
        return RunAsync(turn, state, cancellationToken);
    }

    private async Task RunAsync(FlowTurn turn, OrderStatusState state, CancellationToken cancellationToken)
    {
        var identified = await identification.EnsureIdentifiedAsync(turn, state.Identification, cancellationToken);
        if (identified != IdentificationOutcome.Identified)
        {
            Keep(turn, state, identified);
            return;
        }
        var account = new CustomerAccount(store, turn.Conversation.CustomerId!);
        if (state.OrderId is null)
        {
            var orders = await account.ListOrdersAsync(cancellationToken);
            if (orders.Count == 0)
            {
                turn.Say("I don't see any orders on your account.");
                turn.End();
                return;
            }
            state.Asked = true;
            turn.Say("Which order would you like to check?", OrderDescriptions.Choices(orders));
            turn.Continue(state);
            return;
        }
        try
        {
            var order = await account.GetOrderAsync(state.OrderId, cancellationToken);
            turn.Say(OrderDescriptions.Summary(order));
            turn.End();
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"{error.Message}: I can't find order {CustomerAccount.NormalizeOrderId(state.OrderId)} on your account. Please check the order id.");
            state.OrderId = null;
            turn.Continue(state);
        }
    }

    private static void Keep(FlowTurn turn, OrderStatusState state, IdentificationOutcome outcome)
    {
        if (outcome == IdentificationOutcome.GaveUp)
        {
            turn.End();
        }
        else
        {
            turn.Continue(state);
        }
    }
}

public sealed class OrderStatusState
{
    public IdentificationState Identification { get; set; } = new();

    public string? OrderId { get; set; }

    public bool Asked { get; set; }
}
