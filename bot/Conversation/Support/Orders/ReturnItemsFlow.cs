using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Returns items of a delivered order: identify, choose the order, the items and the refund method (the
/// original payment method or an existing gift card), list the details, and act only after an explicit yes.</summary>
public sealed class ReturnItemsFlow(ICommerceStore store, CustomerIdentification identification) : IConversationFlow
{
    private const string AllItems = "all items";
    private const string OriginalMethod = "original payment method";

    public string Name => "return-items";

    public bool Handles(string intent) => intent == Intents.GetRefund;

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        RunAsync(turn, new ReturnItemsState { OrderId = OrderDescriptions.ReadOrderId(turn) }, null, cancellationToken);

    public async Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var wasIdentified = turn.Conversation.CustomerId is not null;
        await RunAsync(turn, turn.State<ReturnItemsState>() ?? new ReturnItemsState(), wasIdentified ? turn.Message.Text.Trim() : null, cancellationToken);
    }

    private async Task RunAsync(FlowTurn turn, ReturnItemsState state, string? answer, CancellationToken cancellationToken)
    {
        var identified = await identification.EnsureIdentifiedAsync(turn, state.Identification, cancellationToken);
        if (identified != IdentificationOutcome.Identified)
        {
            if (identified == IdentificationOutcome.Waiting)
            {
                turn.Continue(state);
            }
            else
            {
                turn.End();
            }
            return;
        }
        var account = new CustomerAccount(store, turn.Conversation.CustomerId!);
        if (state.OrderId is null && answer is not null)
        {
            state.OrderId = OrderDescriptions.ReadOrderId(turn);
            answer = null;
        }
        if (state.OrderId is null)
        {
            await AskForOrderAsync(turn, account, state, cancellationToken);
            return;
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
        if (order.Status != OrderStatus.Delivered)
        {
            turn.Unhelpful = true;
            turn.Say($"Only delivered orders can be returned; order {order.OrderId} is {order.Status}."
                + (order.Status == OrderStatus.Pending ? " A pending order can be cancelled instead." : ""));
            turn.End();
            return;
        }
        if (state.ItemIds.Count == 0)
        {
            state.ItemIds = answer is null ? [] : ChooseItems(order, answer);
            if (state.ItemIds.Count == 0)
            {
                turn.Unhelpful = answer is not null;
                turn.Say($"Which items from order {order.OrderId} would you like to return? You can name several at once.",
                    [.. order.Items.Select(i => $"{i.Name} {i.ItemId}"), AllItems]);
                turn.Continue(state);
                return;
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
                var giftCards = profile.PaymentMethods.Values.Where(p => p.IsGiftCard).Select(p => "gift card " + p.Id);
                turn.Say("Where should the refund go? To the original payment method, or to an existing gift card.", [OriginalMethod, .. giftCards]);
                turn.Continue(state);
                return;
            }
            AskToConfirm(turn, order, state);
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
            turn.Say($"Done: order {returned.OrderId} is now \"{returned.Status}\". You'll receive an email with instructions for sending the items back; the refund goes to {state.PaymentMethodId} once they arrive.");
        }
        catch (CommerceException error)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't start the return for order {order.OrderId}: {error.Message}.");
        }
        turn.End();
    }

    private static List<string> ChooseItems(Order order, string answer) =>
        answer.Contains(AllItems, StringComparison.OrdinalIgnoreCase)
            ? [.. order.Items.Select(i => i.ItemId)]
            : [.. order.Items.Where(i => answer.Contains(i.ItemId, StringComparison.Ordinal) || answer.Contains(i.Name, StringComparison.OrdinalIgnoreCase)).Select(i => i.ItemId)];

    private static string? ChooseRefundMethod(Order order, User profile, string answer)
    {
        if (answer.Contains("original", StringComparison.OrdinalIgnoreCase))
        {
            return order.PaymentHistory[0].PaymentMethodId;
        }
        return profile.PaymentMethods.Values.FirstOrDefault(p => p.IsGiftCard && answer.Contains(p.Id, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    private static void AskToConfirm(FlowTurn turn, Order order, ReturnItemsState state)
    {
        var items = order.Items.Where(i => state.ItemIds.Contains(i.ItemId)).ToList();
        var lines = new List<string> { $"Please confirm the return from order {order.OrderId}:" };
        lines.AddRange(items.Select(i => "- " + OrderDescriptions.Item(i)));
        lines.Add($"Refund of {OrderDescriptions.Money(items.Sum(i => i.Price))} to {state.PaymentMethodId}.");
        lines.Add("Reply \"yes\" to start the return; anything else changes nothing.");
        turn.Say(string.Join("\n", lines), "yes", "no");
        turn.Continue(state);
    }

    private static async Task AskForOrderAsync(FlowTurn turn, CustomerAccount account, ReturnItemsState state, CancellationToken cancellationToken)
    {
        var delivered = (await account.ListOrdersAsync(cancellationToken)).Where(o => o.Status == OrderStatus.Delivered).ToList();
        if (delivered.Count == 0)
        {
            turn.Say("You have no delivered orders, and only delivered orders can be returned.");
            turn.End();
            return;
        }
        turn.Say("Which order would you like to return items from? Only delivered orders can be returned.", OrderDescriptions.Choices(delivered));
        turn.Continue(state);
    }
}

public sealed class ReturnItemsState
{
    public IdentificationState Identification { get; set; } = new();

    public string? OrderId { get; set; }

    public List<string> ItemIds { get; set; } = [];

    public string? PaymentMethodId { get; set; }
}
