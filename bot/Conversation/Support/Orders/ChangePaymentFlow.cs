using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Changes;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Moves a pending order's payment to another of the customer's saved methods: identify, choose the order,
/// offer the other methods by name, refuse one the store's rules reject (the same method, a gift card that cannot
/// cover the total) with the reason and ask again, list the change and refund, and act only after an explicit yes.</summary>
public sealed class ChangePaymentFlow(OrderChoice orders) : ChangeFlow<ChangePaymentState>
{
    private static readonly OrderRequirement PendingOrder = new(
        o => o.Status == OrderStatus.Pending,
        "Which order's payment method would you like to change? Only a pending order's payment method can be changed.",
        "You have no pending orders, and only a pending order's payment method can be changed.",
        o => BotReply.Say(o.Status == OrderStatus.PendingItemModified
            ? OrderDescriptions.ItemsAlreadyChanged(o)
            : $"Only a pending order's payment method can be changed; order {o.OrderId} is {OrderDescriptions.Status(o)}."));

    public override FlowDescriptor Descriptor { get; } = FlowDescriptor.For("change-payment", Intents.ChangePaymentMethod) with { TrainingExamples = FlowExamples.Beside<ChangePaymentFlow>() };

    protected override async Task<AccountChange?> CollectAsync(FlowTurn turn, ChangePaymentState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, PendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return null;
        }
        var (order, answer) = chosen;
        var account = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        if (answer is not null && PaymentMethodNames.Find(account.PaymentMethods.Values, answer) is { } method)
        {
            state.PaymentMethodId = method.Id;
            return new ModifyPendingOrderPayment(order.OrderId, method.Id);
        }
        if (answer is not null)
        {
            turn.Say("I couldn't tell which of your saved payment methods you mean.");
        }
        AskForMethod(turn, order, account, state, answer);
        return null;
    }

    /// <summary>The store's own rule refused the method (the same one, a gift card that cannot cover the total): say why
    /// in the policy's words and offer the others again.</summary>
    protected override async Task<bool> AskAgainAsync(FlowTurn turn, ChangePaymentState state, string reason, CancellationToken cancellationToken)
    {
        var order = await turn.Functions.Orders.GetAsync(state.Choice.OrderId!, cancellationToken);
        var account = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        var method = account.PaymentMethods[state.PaymentMethodId!];
        var (current, total) = ProposalText.CurrentPayment(order);
        turn.Say(method.Id == current
            ? $"{reason}: order {order.OrderId} is already paid with {PaymentMethodNames.Name(method)}."
            : method.IsGiftCard
                ? $"{reason}: a gift card must cover the order's total of {OrderDescriptions.Money(total)}, and this {PaymentMethodNames.Name(method)} does not."
                : $"I can't pay order {order.OrderId} with {PaymentMethodNames.Name(method)}: {reason}.");
        state.PaymentMethodId = null;
        AskForMethod(turn, order, account, state, reason);
        return true;
    }

    protected override Task<BotReply> ConfirmationAsync(FlowTurn turn, ChangePaymentState state, ChangeProposal proposal, CancellationToken cancellationToken) =>
        ProposalText.ConfirmationAsync(proposal, turn.Functions, cancellationToken);

    protected override Task<BotReply> DoneAsync(FlowTurn turn, ChangePaymentState state, ChangeOutcome outcome, CancellationToken cancellationToken)
    {
        var (changed, after) = (outcome.OrderAfter!, outcome.AccountAfter);
        var (current, total) = ProposalText.CurrentPayment(outcome.OrderBefore!);
        return Task.FromResult(BotReply.Say(
            $"Done: order {changed.OrderId} is now paid with {PaymentMethodNames.Name(after, state.PaymentMethodId!)}, and it is still {changed.Status}. "
            + $"{OrderDescriptions.Money(total)} goes back to {PaymentMethodNames.Name(after, current)} {ProposalText.RefundTiming(after, current)}."));
    }

    protected override string CouldNot(ChangePaymentState state, string reason) =>
        $"I couldn't change the payment method of order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")}: {reason}.";

    protected override string NothingChanged(ChangePaymentState state) =>
        $"OK, I have not changed how order {OrderDescriptions.NormalizeOrderId(state.Choice.OrderId ?? "")} is paid; nothing has changed.";

    private static void AskForMethod(FlowTurn turn, Order order, User account, ChangePaymentState state, string? answer)
    {
        var (current, total) = ProposalText.CurrentPayment(order);
        var others = account.PaymentMethods.Values.Where(m => m.Id != current).Select(PaymentMethodNames.Name).ToArray();
        if (others.Length == 0)
        {
            turn.Say($"Order {order.OrderId} is paid with {PaymentMethodNames.Name(account, current)}, which is the only payment method saved on your account, so there is nothing to switch to.");
            turn.End();
            return;
        }
        turn.Unhelpful = answer is not null;
        turn.Say($"Order {order.OrderId} ({OrderDescriptions.Money(total)}) is paid with {PaymentMethodNames.Name(account, current)}. Which of your saved payment methods should pay for it instead? A gift card must cover the whole total.", others);
        turn.Continue(state);
    }
}

public sealed class ChangePaymentState : IOrderFlowState, IChangeFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    public string? PaymentMethodId { get; set; }

    public string? ProposalId { get; set; }
}
