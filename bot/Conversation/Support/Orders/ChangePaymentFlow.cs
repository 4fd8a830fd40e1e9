using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Commerce.Rules;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Moves a pending order's payment to another of the customer's saved methods: identify, choose the order,
/// offer the other methods by name, refuse one the store's rules reject (the same method, a gift card that cannot
/// cover the total) with the reason, list the change and refund, and act only after an explicit yes.</summary>
public sealed class ChangePaymentFlow(OrderChoice orders) : IConversationFlow
{
    private static readonly OrderRequirement PendingOrder = new(
        o => o.Status == OrderStatus.Pending,
        "Which order's payment method would you like to change? Only a pending order's payment method can be changed.",
        "You have no pending orders, and only a pending order's payment method can be changed.",
        o => BotReply.Say(o.Status == OrderStatus.PendingItemModified
            ? OrderDescriptions.ItemsAlreadyChanged(o)
            : $"Only a pending order's payment method can be changed; order {o.OrderId} is {o.Status}."));

    public string Name => "change-payment";

    public bool Handles(string intent) => intent == Intents.ChangePaymentMethod;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new ChangePaymentState(), firstTurn: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<ChangePaymentState>() ?? new ChangePaymentState(), firstTurn: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, ChangePaymentState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, PendingOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return;
        }
        var (account, order, answer) = chosen;
        var profile = await account.GetProfileAsync(cancellationToken);
        if (state.PaymentMethodId is null)
        {
            state.PaymentMethodId = answer is null ? null : Choose(turn, order, profile, answer);
            if (state.PaymentMethodId is null)
            {
                AskForMethod(turn, order, profile, state, answer);
                return;
            }
            AskToConfirm(turn, order, profile, state);
            return;
        }
        if (answer is null || !OrderDescriptions.IsExplicitYes(answer))
        {
            turn.Say($"OK, I have not changed how order {order.OrderId} is paid; nothing has changed.");
            turn.End();
            return;
        }
        try
        {
            var changed = await account.ModifyPendingOrderPaymentAsync(order.OrderId, state.PaymentMethodId, cancellationToken);
            var (current, total) = CurrentPayment(order);
            var after = await account.GetProfileAsync(cancellationToken);
            turn.Say($"Done: order {changed.OrderId} is now paid with {PaymentMethodNames.Name(after, state.PaymentMethodId)}, and it is still {changed.Status}. "
                + $"{OrderDescriptions.Money(total)} goes back to {PaymentMethodNames.Name(after, current)} {RefundTiming(after, current)}.");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't change the payment method of order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }

    /// <summary>The method the answer names, if the store's rules accept it; otherwise says why not and returns null.</summary>
    private static string? Choose(FlowTurn turn, Order order, User profile, string answer)
    {
        if (PaymentMethodNames.Find(profile.PaymentMethods.Values, answer) is not { } method)
        {
            turn.Say("I couldn't tell which of your saved payment methods you mean.");
            return null;
        }
        try
        {
            // The store's own rule, checked before the confirmation so a refused method is explained at once.
            PendingOrderRules.ModifyPayment(order, profile, method.Id);
            return method.Id;
        }
        catch (CommerceException error)
        {
            var (current, total) = CurrentPayment(order);
            turn.Say(method.Id == current
                ? $"{error.Message}: order {order.OrderId} is already paid with {PaymentMethodNames.Name(method)}."
                : method.IsGiftCard
                    ? $"{error.Message}: a gift card must cover the order's total of {OrderDescriptions.Money(total)}, and this {PaymentMethodNames.Name(method)} does not."
                    : $"I can't pay order {order.OrderId} with {PaymentMethodNames.Name(method)}: {error.Message}.");
            return null;
        }
    }

    private static void AskForMethod(FlowTurn turn, Order order, User profile, ChangePaymentState state, string? answer)
    {
        var (current, total) = CurrentPayment(order);
        var others = profile.PaymentMethods.Values.Where(m => m.Id != current).Select(PaymentMethodNames.Name).ToArray();
        if (others.Length == 0)
        {
            turn.Say($"Order {order.OrderId} is paid with {PaymentMethodNames.Name(profile, current)}, which is the only payment method saved on your account, so there is nothing to switch to.");
            turn.End();
            return;
        }
        turn.Unhelpful = answer is not null;
        turn.Say($"Order {order.OrderId} ({OrderDescriptions.Money(total)}) is paid with {PaymentMethodNames.Name(profile, current)}. Which of your saved payment methods should pay for it instead? A gift card must cover the whole total.", others);
        turn.Continue(state);
    }

    private static void AskToConfirm(FlowTurn turn, Order order, User profile, ChangePaymentState state)
    {
        var (current, total) = CurrentPayment(order);
        var lines = new List<string>
        {
            $"Please confirm: order {order.OrderId} ({OrderDescriptions.Money(total)}) will be paid with {PaymentMethodNames.Name(profile, state.PaymentMethodId!)} instead of {PaymentMethodNames.Name(profile, current)}.",
            $"{OrderDescriptions.Money(total)} goes back to {PaymentMethodNames.Name(profile, current)} {RefundTiming(profile, current)}; the order stays pending.",
            "Reply \"yes\" to change it; anything else changes nothing.",
        };
        turn.Say(string.Join("\n", lines), "yes", "no");
        turn.Continue(state);
    }

    /// <summary>The method that holds the order's money now and the amount; the store changes an order with one payment only.</summary>
    private static (string MethodId, decimal Amount) CurrentPayment(Order order)
    {
        var methodId = OrderDescriptions.PaidBy(order).LastOrDefault() ?? order.PaymentHistory[0].PaymentMethodId;
        return (methodId, order.PaymentHistory.Where(p => p.PaymentMethodId == methodId)
            .Sum(p => p.TransactionType == PaymentTransaction.Payment ? p.Amount : -p.Amount));
    }

    private static string RefundTiming(User profile, string methodId) =>
        profile.PaymentMethods.GetValueOrDefault(methodId)?.IsGiftCard == true ? "at once" : "within 5 to 7 business days";
}

public sealed class ChangePaymentState : IOrderFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    public string? PaymentMethodId { get; set; }
}
