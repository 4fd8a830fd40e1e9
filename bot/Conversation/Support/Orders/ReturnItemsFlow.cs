using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Returns items of a delivered order: identify, choose the order, the items (taken from the request when it
/// names them, see <see cref="ItemsInWords"/>) and the refund method (the original payment method or an existing gift
/// card), list the details, and act only after an explicit yes.</summary>
public sealed class ReturnItemsFlow(OrderChoice orders) : IConversationFlow
{
    private const string AllItems = "all items";
    private const string OriginalMethod = "original payment method";

    private static readonly OrderRequirement DeliveredOrder = new(
        o => o.Status == OrderStatus.Delivered,
        "Which order would you like to return items from? Only delivered orders can be returned.",
        "You have no delivered orders, and only delivered orders can be returned.",
        o => BotReply.Say($"Only delivered orders can be returned; order {o.OrderId} is {o.Status}."
            + (o.Status == OrderStatus.Pending ? " A pending order can be cancelled instead." : "")));

    public string Name => "return-items";

    public bool Handles(string intent) => intent == Intents.GetRefund;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new ReturnItemsState(), firstTurn: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, turn.State<ReturnItemsState>() ?? new ReturnItemsState(), firstTurn: false, cancellationToken);

    private async Task RunAsync(FlowTurn turn, ReturnItemsState state, bool firstTurn, CancellationToken cancellationToken)
    {
        if (await orders.ChooseAsync(turn, state, DeliveredOrder, firstTurn, cancellationToken) is not { } chosen)
        {
            return;
        }
        var (account, order, answer) = chosen;
        if (state.ItemIds.Count == 0)
        {
            state.ItemIds = answer is null ? NamedInRequest(state, order) : ChooseItems(order, answer);
            if (state.ItemIds.Count == 0)
            {
                turn.Unhelpful = answer is not null;
                turn.Say($"Which items from order {order.OrderId} would you like to return? You can name several at once.",
                    [.. order.Items.Select(i => $"{i.Name} {i.ItemId}"), AllItems]);
                turn.Continue(state);
                return;
            }
            if (answer is null)
            {
                turn.Say($"Returning: {string.Join("; ", order.Items.Where(i => state.ItemIds.Contains(i.ItemId)).Select(OrderDescriptions.Item))}.");
            }
            answer = null;
        }
        var profile = await account.GetProfileAsync(cancellationToken);
        if (state.PaymentMethodId is null)
        {
            state.PaymentMethodId = answer is null ? null : ChooseRefundMethod(order, profile, answer);
            if (state.PaymentMethodId is null)
            {
                turn.Unhelpful = answer is not null;
                var original = $"{OriginalMethod} ({PaymentMethodNames.Name(profile, order.PaymentHistory[0].PaymentMethodId)})";
                var giftCards = profile.PaymentMethods.Values.Where(p => p.IsGiftCard).Select(PaymentMethodNames.Name);
                turn.Say("Where should the refund go? To the original payment method, or to an existing gift card.", [original, .. giftCards]);
                turn.Continue(state);
                return;
            }
            AskToConfirm(turn, order, profile, state);
            return;
        }
        if (answer is null || !OrderDescriptions.IsExplicitYes(answer))
        {
            turn.Say($"OK, I have not started a return for order {order.OrderId}; nothing has changed.");
            turn.End();
            return;
        }
        try
        {
            var returned = await account.ReturnDeliveredOrderItemsAsync(order.OrderId, state.ItemIds, state.PaymentMethodId, cancellationToken);
            turn.Say($"Done: order {returned.OrderId} is now \"{returned.Status}\". You'll receive an email with instructions for sending the items back; "
                + $"the refund goes to {PaymentMethodNames.Name(profile, state.PaymentMethodId)} once they arrive.");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't start the return for order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }

    /// <summary>The items the request itself named ("return the electric toothbrush"), so the customer isn't asked again.</summary>
    private static List<string> NamedInRequest(ReturnItemsState state, Order order) =>
        state.Choice.Request is { } request ? [.. ItemsInWords.Named(request, order).Select(i => i.ItemId)] : [];

    private static List<string> ChooseItems(Order order, string answer) =>
        answer.Contains(AllItems, StringComparison.OrdinalIgnoreCase)
            ? [.. order.Items.Select(i => i.ItemId)]
            : [.. order.Items.Where(i => answer.Contains(i.ItemId, StringComparison.Ordinal) || answer.Contains(i.Name, StringComparison.OrdinalIgnoreCase)).Select(i => i.ItemId)];

    /// <summary>The policy allows the original payment method or any existing gift card.</summary>
    private static string? ChooseRefundMethod(Order order, User profile, string answer)
    {
        if (answer.Contains("original", StringComparison.OrdinalIgnoreCase))
        {
            return order.PaymentHistory[0].PaymentMethodId;
        }
        return PaymentMethodNames.Find(profile.PaymentMethods.Values.Where(p => p.IsGiftCard), answer)?.Id;
    }

    private static void AskToConfirm(FlowTurn turn, Order order, User profile, ReturnItemsState state)
    {
        var items = order.Items.Where(i => state.ItemIds.Contains(i.ItemId)).ToList();
        var lines = new List<string> { $"Please confirm the return from order {order.OrderId}:" };
        lines.AddRange(items.Select(i => "- " + OrderDescriptions.Item(i)));
        lines.Add($"Refund of {OrderDescriptions.Money(items.Sum(i => i.Price))} to {PaymentMethodNames.Name(profile, state.PaymentMethodId!)}.");
        lines.Add("Reply \"yes\" to start the return; anything else changes nothing.");
        turn.Say(string.Join("\n", lines), "yes", "no");
        turn.Continue(state);
    }
}

public sealed class ReturnItemsState : IOrderFlowState
{
    public OrderChoiceState Choice { get; set; } = new();

    public List<string> ItemIds { get; set; } = [];

    public string? PaymentMethodId { get; set; }
}
