using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Commerce.Rules;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Cancels a pending order: identify, choose the order, ask the reason, list the details, and cancel only
/// after an explicit yes. Orders that are not pending are refused in the policy's terms.</summary>
public sealed class CancelOrderFlow(OrderChoice orders) : IConversationFlow
{
    private static readonly string[] Reasons = [.. PendingOrderRules.CancelReasons.Order(StringComparer.Ordinal)];

    private static readonly OrderRequirement PendingOrder = new(
        o => o.Status == OrderStatus.Pending,
        "Which order would you like to cancel? Only pending orders can be cancelled.",
        "You have no pending orders, and only pending orders can be cancelled. For a delivered order I can start a return or exchange instead.",
        RefuseNotPending);

    public string Name => "cancel-order";

    public bool Handles(string intent) => intent == Intents.CancelOrder;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new CancelOrderState(), firstTurn: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<CancelOrderState>() ?? new CancelOrderState(), firstTurn: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, CancelOrderState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, PendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return;
        }
        var (account, order, answer) = chosen;
        if (state.Reason is null)
        {
            state.Reason = answer is null ? null : Reasons.FirstOrDefault(r => answer.Contains(r, StringComparison.OrdinalIgnoreCase));
            if (state.Reason is null)
            {
                turn.Unhelpful = answer is not null;
                turn.Say($"Why would you like to cancel order {order.OrderId}?", Reasons);
                turn.Continue(state);
                return;
            }
            await AskToConfirmAsync(turn, account, order, state, cancellationToken);
            return;
        }
        if (answer is null || !OrderDescriptions.IsExplicitYes(answer))
        {
            turn.Say($"OK, I have not cancelled order {order.OrderId}; nothing has changed.");
            turn.End();
            return;
        }
        await CancelAsync(turn, account, order, state.Reason, cancellationToken);
    }

    private static async Task AskToConfirmAsync(FlowTurn turn, CustomerAccount account, Order order, CancelOrderState state, CancellationToken cancellationToken)
    {
        var total = order.Items.Sum(i => i.Price);
        var lines = new List<string> { $"Please confirm: cancel order {order.OrderId} (reason: {state.Reason})." };
        lines.AddRange(order.Items.Select(i => "- " + OrderDescriptions.Item(i)));
        lines.Add($"{OrderDescriptions.Money(total)} will be refunded to {await PaidWithAsync(account, order, cancellationToken)}.");
        lines.Add("Reply \"yes\" to cancel; anything else keeps the order.");
        turn.Say(string.Join("\n", lines), "yes", "no");
        turn.Continue(state);
    }

    private static BotReply RefuseNotPending(Order order) => order.Status switch
    {
        OrderStatus.Delivered => BotReply.Say(
            $"Only pending orders can be cancelled; order {order.OrderId} was delivered, so I can start a return or exchange instead.",
            "return items", "exchange items"),
        OrderStatus.PendingItemModified => BotReply.Say(OrderDescriptions.ItemsAlreadyChanged(order)),
        _ => BotReply.Say($"Only pending orders can be cancelled; order {order.OrderId} is {order.Status}, so it can no longer be cancelled."),
    };

    private static async Task CancelAsync(FlowTurn turn, CustomerAccount account, Order order, string reason, CancellationToken cancellationToken)
    {
        try
        {
            var cancelled = await account.CancelPendingOrderAsync(order.OrderId, reason, cancellationToken);
            var refunded = cancelled.PaymentHistory.Where(p => p.TransactionType == PaymentTransaction.Refund).Sum(p => p.Amount);
            turn.Say($"Order {cancelled.OrderId} is now {cancelled.Status}. {OrderDescriptions.Money(refunded)} will be refunded to {await PaidWithAsync(account, order, cancellationToken)}"
                + " (to a gift card at once, otherwise within 5 to 7 business days).");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't cancel order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }

    /// <summary>The methods that paid for the order, by name: "the original payment method, PayPal".</summary>
    private static async Task<string> PaidWithAsync(CustomerAccount account, Order order, CancellationToken cancellationToken)
    {
        var profile = await account.GetProfileAsync(cancellationToken);
        return "the original payment method, " + string.Join(" and ", OrderDescriptions.PaidBy(order).Select(id => PaymentMethodNames.Name(profile, id)));
    }
}

public sealed class CancelOrderState : IOrderFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    public string? Reason { get; set; }
}
