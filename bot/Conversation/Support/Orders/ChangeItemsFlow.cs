using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Changes items for other variants of the same products (<c>change_order</c>; Bitext has no separate exchange
/// intent): a delivered order's items are exchanged, a pending order's items are changed before it ships. Identify,
/// choose the order, then the items, new options and payment method for the difference; list old -> new with prices
/// and act only after an explicit yes. Either can be done once per order.
/// </summary>
public sealed class ChangeItemsFlow(OrderChoice orders, ItemSwap swap) : IConversationFlow
{
    private static readonly OrderRequirement DeliveredOrPendingOrder = new(
        o => o.Status is OrderStatus.Delivered or OrderStatus.Pending,
        "Which order's items would you like to change? A delivered order's items can be exchanged, and a pending order's items changed before it ships.",
        "You have no delivered or pending orders, and only those can have their items exchanged or changed.",
        Refuse);

    public string Name => "change-items";

    public bool Handles(string intent) => intent == Intents.ChangeOrder;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new ChangeItemsState { AskedForExchange = MentionsExchange(turn.Message.Text) }, firstTurn: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<ChangeItemsState>() ?? new ChangeItemsState(), firstTurn: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, ChangeItemsState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, DeliveredOrPendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return;
        }
        var order = chosen.Order;
        var delivered = order.Status == OrderStatus.Delivered;
        var terms = delivered ? ItemSwapTerms.DeliveredExchange : ItemSwapTerms.PendingChange;
        if (state.AskedForExchange && !delivered)
        {
            state.AskedForExchange = false;
            turn.Say($"Only delivered orders can be exchanged; order {order.OrderId} is still pending, so instead I can change its items before it ships.");
        }
        if (await swap.CollectAsync(turn, state, chosen, terms, cancellationToken) is not { } answer)
        {
            return;
        }
        if (!OrderDescriptions.IsExplicitYes(answer))
        {
            turn.Say($"OK, I have not {terms.Participle} any items of order {order.OrderId}; nothing has changed.");
            turn.End();
            return;
        }
        var oldIds = state.Swap.ItemIds;
        try
        {
            var changed = await terms.Submit(chosen.Account, order.OrderId, oldIds, [.. oldIds.Select(id => state.Swap.NewItemIds[id])], state.Swap.PaymentMethodId!, cancellationToken);
            turn.Say(terms.Done(changed));
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't {terms.YesMeans} for order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }

    private static BotReply Refuse(Order order) => BotReply.Say(order.Status switch
    {
        OrderStatus.PendingItemModified => OrderDescriptions.ItemsAlreadyChanged(order),
        OrderStatus.Processed => $"Order {order.OrderId} has been processed, so its items can no longer be changed; once it is delivered they can be exchanged.",
        _ => $"Only a delivered order's items can be exchanged, or a pending order's items changed; order {order.OrderId} is {order.Status}.",
    });

    private static bool MentionsExchange(string text) => text.Contains("exchang", StringComparison.OrdinalIgnoreCase);
}

public sealed class ChangeItemsState : IItemSwapFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    public ItemSwapState Swap { get; set; } = new();

    /// <summary>The request said "exchange": a pending order is then told why it is changed rather than exchanged.</summary>
    public bool AskedForExchange { get; set; }
}
