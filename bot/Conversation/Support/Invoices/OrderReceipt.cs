using System.Text;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Invoices;

/// <summary>An order's receipt as text: items and prices, the total, and every payment and refund by the name of the
/// payment method the customer knows (never its raw id).</summary>
internal static class OrderReceipt
{
    public static string Describe(Order order, User profile)
    {
        var receipt = new StringBuilder()
            .Append("Receipt for order ").Append(order.OrderId).Append(" (").Append(order.Status).Append(")\n");
        foreach (var item in order.Items)
        {
            receipt.Append("- ").Append(OrderDescriptions.Item(item)).Append('\n');
        }
        receipt.Append("Items total: ").Append(OrderDescriptions.Money(order.Items.Sum(i => i.Price))).Append('\n');
        receipt.Append("Payments:\n");
        foreach (var transaction in order.PaymentHistory)
        {
            var method = PaymentMethodNames.Name(profile, transaction.PaymentMethodId);
            receipt.Append("- ").Append(transaction.TransactionType == PaymentTransaction.Refund
                ? $"refunded {OrderDescriptions.Money(transaction.Amount)} to {method}"
                : $"paid {OrderDescriptions.Money(transaction.Amount)} with {method}").Append('\n');
        }
        if (order.PaymentHistory.Count == 0)
        {
            receipt.Append("- no payments recorded\n");
        }
        var net = order.PaymentHistory.Sum(p => p.TransactionType == PaymentTransaction.Refund ? -p.Amount : p.Amount);
        receipt.Append("Paid in total, after refunds: ").Append(OrderDescriptions.Money(net)).Append('\n');
        receipt.Append("Ships to: ").Append(string.Join(", ", new[]
        {
            order.Address.Address1, order.Address.Address2, order.Address.City, order.Address.State, order.Address.Country, order.Address.Zip,
        }.Where(p => p.Length > 0)));
        return receipt.ToString();
    }
}
