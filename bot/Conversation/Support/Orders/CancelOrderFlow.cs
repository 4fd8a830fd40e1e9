using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Commerce.Rules;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Cancels a pending order: identify, choose the order, ask the reason, list the details, and cancel only
/// after an explicit yes. Orders that are not pending are refused in the policy's terms.</summary>
public sealed class CancelOrderFlow(ICommerceStore store, CustomerIdentification identification) : IConversationFlow
{
    private static readonly string[] Reasons = [.. PendingOrderRules.CancelReasons.Order(StringComparer.Ordinal)];

    public string Name => "cancel-order";

    public bool Handles(string intent) => intent == Intents.CancelOrder;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new CancelOrderState { OrderId = OrderDescriptions.ReadOrderId(turn) }, fresh: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<CancelOrderState>() ?? new CancelOrderState(), fresh: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, CancelOrderState state, bool fresh, CancellationToken cancellationToken)
    {
        var wasIdentified = turn.Conversation.CustomerId is not null;
        var identified = await identification.EnsureIdentifiedAsync(turn, state.Identification, cancellationToken);
        if (identified != IdentificationOutcome.Identified)
        {
            KeepOrEnd(turn, state, identified == IdentificationOutcome.Waiting);
            return;
        }
        // The turn that identified the customer carried their details, not an answer for this flow.
        var answer = fresh || !wasIdentified ? null : turn.Message.Text.Trim();
        var account = new CustomerAccount(store, turn.Conversation.CustomerId!);
        if (state.OrderId is null)
        {
            state.OrderId = answer is null ? null : OrderDescriptions.ReadOrderId(turn);
            answer = null;
            if (state.OrderId is null)
            {
                await AskForOrderAsync(turn, account, state, cancellationToken);
                return;
            }
        }
        Order order;
        try
        {
            order = await account.GetOrderAsync(state.OrderId, cancellationToken);
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"{error.Message}: there is no order {CustomerAccount.NormalizeOrderId(state.OrderId)} on your account.");
            state.OrderId = null;
            await AskForOrderAsync(turn, account, state, cancellationToken);
            return;
        }
        if (order.Status != OrderStatus.Pending)
        {
            RefuseNotPending(turn, order);
            return;
        }
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
            answer = null;
            AskToConfirm(turn, order, state);
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

    private static async Task AskForOrderAsync(FlowTurn turn, CustomerAccount account, CancelOrderState state, CancellationToken cancellationToken)
    {
        var orders = await account.ListOrdersAsync(cancellationToken);
        var pending = orders.Where(o => o.Status == OrderStatus.Pending).ToList();
        if (pending.Count == 0)
        {
            turn.Say("You have no pending orders, and only pending orders can be cancelled. For a delivered order I can start a return or exchange instead.");
            turn.End();
            return;
        }
        turn.Say("Which order would you like to cancel? Only pending orders can be cancelled.", OrderDescriptions.Choices(pending));
        turn.Continue(state);
    }

    private static void AskToConfirm(FlowTurn turn, Order order, CancelOrderState state)
    {
        var total = order.Items.Sum(i => i.Price);
        var lines = new List<string> { $"Please confirm: cancel order {order.OrderId} (reason: {state.Reason})." };
        lines.AddRange(order.Items.Select(i => "- " + OrderDescriptions.Item(i)));
        lines.Add($"{OrderDescriptions.Money(total)} will be refunded to the original payment method.");
        lines.Add("Reply \"yes\" to cancel; anything else keeps the order.");
        turn.Say(string.Join("\n", lines), "yes", "no");
        turn.Continue(state);
    }

    private static void RefuseNotPending(FlowTurn turn, Order order)
    {
        turn.Unhelpful = true;
        if (order.Status == OrderStatus.Delivered)
        {
            turn.Say($"Only pending orders can be cancelled; order {order.OrderId} was delivered, so I can start a return or exchange instead.",
                "return items", "exchange items");
        }
        else
        {
            turn.Say($"Only pending orders can be cancelled; order {order.OrderId} is {order.Status}, so it can no longer be cancelled.");
        }
        turn.End();
    }

    private static async Task CancelAsync(FlowTurn turn, CustomerAccount account, Order order, string reason, CancellationToken cancellationToken)
    {
        try
        {
            var cancelled = await account.CancelPendingOrderAsync(order.OrderId, reason, cancellationToken);
            var refunded = cancelled.PaymentHistory.Where(p => p.TransactionType == PaymentTransaction.Refund).Sum(p => p.Amount);
            turn.Say($"Order {cancelled.OrderId} is now {cancelled.Status}. {OrderDescriptions.Money(refunded)} will be refunded to the original payment method.");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't cancel order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }

    private static void KeepOrEnd(FlowTurn turn, CancelOrderState state, bool waiting)
    {
        if (waiting)
        {
            turn.Continue(state);
        }
        else
        {
            turn.End();
        }
    }
}

public sealed class CancelOrderState
{
    public IdentificationState Identification { get; set; } = new();

    public string? OrderId { get; set; }

    public string? Reason { get; set; }
}
