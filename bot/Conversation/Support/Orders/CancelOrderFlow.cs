using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Commerce.Rules;
using EcomBot.Bot.Conversation.Changes;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Cancels a pending order: identify, choose the order, ask the reason, list the details, and cancel only
/// after an explicit yes. Orders that are not pending are refused in the policy's terms.</summary>
public sealed class CancelOrderFlow(OrderChoice orders) : ChangeFlow<CancelOrderState>
{
    private static readonly string[] Reasons = [.. PendingOrderRules.CancelReasons.Order(StringComparer.Ordinal)];

    private static readonly OrderRequirement PendingOrder = new(
        o => o.Status == OrderStatus.Pending,
        "Which order would you like to cancel? Only pending orders can be cancelled.",
        "You have no pending orders, and only pending orders can be cancelled. For a delivered order I can start a return or exchange instead.",
        RefuseNotPending);

    internal const string Name = "cancel-order";

    public override FlowDescriptor Descriptor { get; } = FlowDescriptor.For(Name, Intents.CancelOrder);

    protected override async Task<AccountChange?> CollectAsync(FlowTurn turn, CancelOrderState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, PendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return null;
        }
        var (order, answer) = chosen;
        if (state.Choice.Request is { } request && PartialCancellation.Asked(request, order))
        {
            turn.Say(PartialCancellation.Refusal(order));
            turn.End();
            return null;
        }
        // The reason may come with the request ("cancel #W1234567, I ordered it by mistake") or answer the question.
        state.Reason ??= CancelReasonInWords.Read(answer ?? state.Choice.Request ?? "");
        if (state.Reason is null)
        {
            turn.Unhelpful = answer is not null;
            turn.Say(
                answer is null
                    ? $"Why would you like to cancel order {order.OrderId}?"
                    : $"The store records one of two reasons for a cancellation: is order {order.OrderId} no longer needed, or was it ordered by mistake?",
                Reasons);
            // The reason in the customer's own words ("I ordered the wrong size by accident") answers it.
            turn.ExpectFreeText();
            turn.Continue(state);
            return null;
        }
        return new CancelPendingOrder(order.OrderId, state.Reason);
    }

    protected override async Task<bool> ReviseAsync(FlowTurn turn, CancelOrderState state, RejectedPart wrong, CancellationToken cancellationToken) =>
        await OrderChoice.OfferOthersAsync(turn, state, PendingOrder, state.Choice.OrderId, cancellationToken);

    /// <summary>"cancel or return all the orders I can": the delivered orders are returned after the cancellations.</summary>
    protected override string? FollowUp(FlowTurn turn) =>
        AccountSweep.Sweeps(turn.Message.Text) && AccountSweep.CancelsAndReturns(turn.Message.Text) ? ReturnItemsFlow.Name : null;

    protected override Task<BotReply> ConfirmationAsync(FlowTurn turn, CancelOrderState state, ChangeProposal proposal, CancellationToken cancellationToken) =>
        ProposalText.ConfirmationAsync(proposal, turn.Functions, cancellationToken);

    protected override Task<BotReply> DoneAsync(FlowTurn turn, CancelOrderState state, ChangeOutcome outcome, CancellationToken cancellationToken)
    {
        var cancelled = outcome.OrderAfter!;
        var refunded = cancelled.PaymentHistory.Where(p => p.TransactionType == PaymentTransaction.Refund).Sum(p => p.Amount);
        var paidBy = OrderDescriptions.PaidBy(outcome.OrderBefore!);
        // When the money arrives, for the methods this order was paid with only (a card refund says nothing of gift cards).
        var timing = paidBy.Select(id => ProposalText.RefundTiming(outcome.AccountBefore, id)).Distinct().ToList();
        var when = timing.Count == 1 ? timing[0] : "(gift cards at once, the rest within 5 to 7 business days)";
        return Task.FromResult(BotReply.Say($"Order {cancelled.OrderId} is now {cancelled.Status}. {OrderDescriptions.Money(refunded)} will be refunded to "
            + $"{ProposalText.PaidWith(outcome.AccountBefore, outcome.OrderBefore!)} {when}."));
    }

    protected override string CouldNot(CancelOrderState state, string reason) => $"I couldn't cancel order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}: {reason}.";

    protected override string NothingChanged(CancelOrderState state) => $"OK, I have not cancelled order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}; nothing has changed.";

    private static BotReply RefuseNotPending(Order order) => order.Status switch
    {
        OrderStatus.Delivered => BotReply.Say(
            $"Only pending orders can be cancelled; order {order.OrderId} was delivered, so I can start a return or exchange instead.",
            "return items", "exchange items"),
        OrderStatus.PendingItemModified => BotReply.Say(OrderDescriptions.ItemsAlreadyChanged(order)),
        _ => BotReply.Say($"Only pending orders can be cancelled; order {order.OrderId} is {OrderDescriptions.Status(order)}, so it can no longer be cancelled."),
    };
}

public sealed class CancelOrderState : IOrderFlowState, IChangeFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    public string? Reason { get; set; }

    public string? ProposalId { get; set; }
}
