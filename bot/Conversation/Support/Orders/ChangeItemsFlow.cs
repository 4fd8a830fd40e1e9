using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Changes;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Changes items for other variants of the same products (<c>change_order</c>; Bitext has no separate exchange
/// intent): a delivered order's items are exchanged, a pending order's items are changed before it ships. Identify,
/// choose the order, then the items, new options and payment method for the difference; list old -> new with prices
/// and act only after an explicit yes. Either can be done once per order.
/// </summary>
public sealed class ChangeItemsFlow(OrderChoice orders) : ChangeFlow<ChangeItemsState>
{
    private static readonly OrderRequirement DeliveredOrPendingOrder = new(
        o => o.Status is OrderStatus.Delivered or OrderStatus.Pending,
        "Which order's items would you like to change? A delivered order's items can be exchanged, and a pending order's items changed before it ships.",
        "You have no delivered or pending orders, and only those can have their items exchanged or changed.",
        Refuse);

    public override FlowDescriptor Descriptor { get; } = FlowDescriptor.For("change-items", Intents.ChangeOrder) with
    {
        TrainingExamples = FlowExamples.Beside<ChangeItemsFlow>(),
        // "I'd prefer my other card" while the swap asks who pays the difference, or at its confirmation, is about the swap.
        KeepsWhileActive = new HashSet<string>([Intents.ChangePaymentMethod], StringComparer.Ordinal),
    };

    protected override ChangeItemsState Begin(FlowTurn turn) => new() { AskedForExchange = MentionsExchange(turn.Message.Text) };

    protected override async Task<AccountChange?> CollectAsync(FlowTurn turn, ChangeItemsState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, DeliveredOrPendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return null;
        }
        if (state.Amended)
        {
            // The answer to the confirmation amended the swap (see AmendAsync): it is read, not an answer to the next question.
            state.Amended = false;
            chosen = chosen with { Answer = null };
        }
        var order = chosen.Order;
        var delivered = order.Status == OrderStatus.Delivered;
        state.Delivered = delivered;
        if (!delivered && state.Choice.Request is { } request && PartialCancellation.AskedToRemove(request))
        {
            // "remove the jacket from my pending order": an item change swaps options; taking items out is not possible.
            turn.Say(PartialCancellation.Refusal(order));
            turn.End();
            return null;
        }
        if (state.AskedForExchange && !delivered)
        {
            state.AskedForExchange = false;
            turn.Say($"Only delivered orders can be exchanged; order {order.OrderId} is still pending, so instead I can change its items before it ships.");
        }
        if (!await ItemSwap.CollectAsync(turn, state, chosen, Terms(state), cancellationToken))
        {
            return null;
        }
        var oldIds = state.Swap.ItemIds;
        var newIds = oldIds.Select(id => state.Swap.NewItemIds[id]).ToList();
        return delivered
            ? new ExchangeDeliveredOrderItems(order.OrderId, oldIds, newIds, state.Swap.PaymentMethodId!)
            : new ModifyPendingOrderItems(order.OrderId, oldIds, newIds, state.Swap.PaymentMethodId!);
    }

    /// <summary>"Wait, I also want to change item A to item B", "I'd prefer my other card": the swap is widened or paid
    /// otherwise and proposed again.</summary>
    protected override async Task<bool> AmendAsync(FlowTurn turn, ChangeItemsState state, CancellationToken cancellationToken)
    {
        if (state.Choice.OrderId is not { } orderId)
        {
            return false;
        }
        var order = await turn.Functions.Orders.GetAsync(orderId, cancellationToken);
        state.Amended = await SwapAmendment.ApplyAsync(turn, order, state.Swap, cancellationToken);
        return state.Amended;
    }

    /// <summary>The store refused the swap as proposed; when the payment method is what it refused (a gift card that
    /// cannot cover the difference), say so and ask for another method rather than ending.</summary>
    protected override async Task<bool> AskAgainAsync(FlowTurn turn, ChangeItemsState state, string reason, CancellationToken cancellationToken)
    {
        var account = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        if (state.Swap.PaymentMethodId is not { } methodId || account.PaymentMethods.GetValueOrDefault(methodId) is not { IsGiftCard: true } giftCard)
        {
            return false;
        }
        state.Swap.PaymentMethodId = null;
        var others = account.PaymentMethods.Values.Where(m => m.Id != methodId).Select(PaymentMethodNames.Name).ToArray();
        if (others.Length == 0)
        {
            return false;
        }
        turn.Say($"{reason}: the {PaymentMethodNames.Name(giftCard)} can't pay the price difference. Which other payment method should pay or receive it?", others);
        turn.Continue(state);
        return true;
    }

    protected override Task<BotReply> ConfirmationAsync(FlowTurn turn, ChangeItemsState state, ChangeProposal proposal, CancellationToken cancellationToken) =>
        ProposalText.ConfirmationAsync(proposal, turn.Functions, cancellationToken);

    protected override Task<BotReply> DoneAsync(FlowTurn turn, ChangeItemsState state, ChangeOutcome outcome, CancellationToken cancellationToken) =>
        Task.FromResult(BotReply.Say(Terms(state).Done(outcome.OrderAfter!)));

    protected override string CouldNot(ChangeItemsState state, string reason) =>
        $"I couldn't {Terms(state).YesMeans} for order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}: {reason}.";

    protected override string NothingChanged(ChangeItemsState state) =>
        $"OK, I have not {Terms(state).Participle} any items of order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}; nothing has changed.";

    private static ItemSwapTerms Terms(ChangeItemsState state) => state.Delivered ? ItemSwapTerms.DeliveredExchange : ItemSwapTerms.PendingChange;

    private static BotReply Refuse(Order order) => BotReply.Say(order.Status switch
    {
        OrderStatus.PendingItemModified => OrderDescriptions.ItemsAlreadyChanged(order),
        OrderStatus.Processed => $"Order {order.OrderId} has been processed, so its items can no longer be changed; once it is delivered they can be exchanged.",
        _ => $"Only a delivered order's items can be exchanged, or a pending order's items changed; order {order.OrderId} is {OrderDescriptions.Status(order)}.",
    });

    private static bool MentionsExchange(string text) => text.Contains("exchang", StringComparison.OrdinalIgnoreCase);
}

public sealed class ChangeItemsState : IItemSwapFlowState, IChangeFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    public ItemSwapState Swap { get; set; } = new();

    /// <summary>The request said "exchange": a pending order is then told why it is changed rather than exchanged.</summary>
    public bool AskedForExchange { get; set; }

    /// <summary>Whether the chosen order was delivered (its items are exchanged) or pending (changed before it ships).</summary>
    public bool Delivered { get; set; }

    public string? ProposalId { get; set; }

    /// <summary>This turn's answer to the confirmation amended the swap; the flow reads it as no answer to a question.</summary>
    public bool Amended { get; set; }
}
