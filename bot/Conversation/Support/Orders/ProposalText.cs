using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Addresses;
using EcomBot.Bot.Plugins.Calls;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// The bot's own words for a proposed change, built from the proposal's preview (what the store's rules worked out it
/// will do to the current records): the items, the amounts and where money goes, then how to confirm. Every path that
/// proposes a change shows this text, never a paraphrase.
/// </summary>
public static class ProposalText
{
    public const string Yes = "yes";
    public const string No = "no";

    public static async Task<BotReply> ConfirmationAsync(ChangeProposal proposal, TurnFunctions functions, CancellationToken cancellationToken)
    {
        var preview = proposal.Preview();
        var text = proposal.Change() switch
        {
            CancelPendingOrder c => Cancel(c, preview),
            ReturnDeliveredOrderItems c => Return(c, preview),
            ModifyPendingOrderItems c => await SwapAsync(c.ItemIds, c.NewItemIds, c.PaymentMethodId, ItemSwapTerms.PendingChange, preview, functions, cancellationToken),
            ExchangeDeliveredOrderItems c => await SwapAsync(c.ItemIds, c.NewItemIds, c.PaymentMethodId, ItemSwapTerms.DeliveredExchange, preview, functions, cancellationToken),
            ModifyPendingOrderPayment c => Payment(c, preview),
            ModifyPendingOrderAddress c =>
                $"Please confirm: order {preview.OrderBefore!.OrderId} will ship to {AddressReader.Describe(c.Address)} instead of {AddressReader.Describe(preview.OrderBefore!.Address)}.\n"
                + "Reply \"yes\" to change it; anything else changes nothing.",
            ModifyDefaultAddress c =>
                $"Please confirm: your default shipping address will be {AddressReader.Describe(c.Address)} instead of {AddressReader.Describe(preview.AccountBefore.Address)}.\n"
                + "Reply \"yes\" to change it; anything else changes nothing.",
            var other => throw new ArgumentException($"No wording for {other.GetType().Name}.", nameof(proposal)),
        };
        return BotReply.Say(text, Yes, No);
    }

    /// <summary>The methods that paid for the order, by name: "the original payment method, PayPal".</summary>
    public static string PaidWith(User account, Order order) =>
        "the original payment method, " + string.Join(" and ", OrderDescriptions.PaidBy(order).Select(id => PaymentMethodNames.Name(account, id)));

    /// <summary>The method that holds the order's money now and the amount; the store changes an order with one payment only.</summary>
    public static (string MethodId, decimal Amount) CurrentPayment(Order order)
    {
        var methodId = OrderDescriptions.PaidBy(order).LastOrDefault() ?? order.PaymentHistory[0].PaymentMethodId;
        return (methodId, order.PaymentHistory.Where(p => p.PaymentMethodId == methodId)
            .Sum(p => p.TransactionType == PaymentTransaction.Payment ? p.Amount : -p.Amount));
    }

    public static string RefundTiming(User account, string methodId) =>
        account.PaymentMethods.GetValueOrDefault(methodId)?.IsGiftCard == true ? "at once" : "within 5 to 7 business days";

    private static string Cancel(CancelPendingOrder change, ChangeOutcome preview)
    {
        var order = preview.OrderBefore!;
        var lines = new List<string> { $"Please confirm: cancel order {order.OrderId} (reason: {change.Reason})." };
        lines.AddRange(order.Items.Select(i => "- " + OrderDescriptions.Item(i)));
        lines.Add($"{OrderDescriptions.Money(order.Items.Sum(i => i.Price))} will be refunded to {PaidWith(preview.AccountBefore, order)}.");
        lines.Add("Reply \"yes\" to cancel; anything else keeps the order.");
        return string.Join("\n", lines);
    }

    private static string Return(ReturnDeliveredOrderItems change, ChangeOutcome preview)
    {
        var order = preview.OrderBefore!;
        var items = order.Items.Where(i => change.ItemIds.Contains(i.ItemId)).ToList();
        var lines = new List<string> { $"Please confirm the return from order {order.OrderId}:" };
        lines.AddRange(items.Select(i => "- " + OrderDescriptions.Item(i)));
        lines.Add($"Refund of {OrderDescriptions.Money(items.Sum(i => i.Price))} to {PaymentMethodNames.Name(preview.AccountBefore, change.PaymentMethodId)}.");
        lines.Add("Reply \"yes\" to start the return; anything else changes nothing.");
        return string.Join("\n", lines);
    }

    private static async Task<string> SwapAsync(
        IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds, string paymentMethodId, ItemSwapTerms terms,
        ChangeOutcome preview, TurnFunctions functions, CancellationToken cancellationToken)
    {
        var order = preview.OrderBefore!;
        var variants = (await functions.Catalog.GetItemsAsync(newItemIds, cancellationToken)).ToDictionary(i => i.Variant.ItemId, i => i.Variant, StringComparer.Ordinal);
        var lines = new List<string> { $"Please confirm the {terms.Noun} on order {order.OrderId}:" };
        var difference = 0m;
        foreach (var item in order.Items.Where(i => itemIds.Contains(i.ItemId)))
        {
            var variant = variants[newItemIds[itemIds.ToList().IndexOf(item.ItemId)]];
            lines.Add($"- {OrderDescriptions.Item(item)} -> {ExchangeVariants.Describe(variant)} {OrderDescriptions.Money(variant.Price)}");
            difference += variant.Price - item.Price;
        }
        var method = PaymentMethodNames.Name(preview.AccountBefore, paymentMethodId);
        lines.Add(difference >= 0
            ? $"Price difference: {OrderDescriptions.Money(difference)} to pay with {method}."
            : $"Price difference: {OrderDescriptions.Money(-difference)} refunded to {method}.");
        lines.Add(terms.OnlyOnceReminder(order));
        lines.Add($"Reply \"yes\" to {terms.YesMeans}; anything else changes nothing.");
        return string.Join("\n", lines);
    }

    private static string Payment(ModifyPendingOrderPayment change, ChangeOutcome preview)
    {
        var (order, account) = (preview.OrderBefore!, preview.AccountBefore);
        var (current, total) = CurrentPayment(order);
        return string.Join("\n",
            $"Please confirm: order {order.OrderId} ({OrderDescriptions.Money(total)}) will be paid with {PaymentMethodNames.Name(account, change.PaymentMethodId)} instead of {PaymentMethodNames.Name(account, current)}.",
            $"{OrderDescriptions.Money(total)} goes back to {PaymentMethodNames.Name(account, current)} {RefundTiming(account, current)}; the order stays pending.",
            "Reply \"yes\" to change it; anything else changes nothing.");
    }
}
