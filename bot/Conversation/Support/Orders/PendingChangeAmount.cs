using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// What the change being prepared would move, asked in the middle of it ("what would I get back for that?" while a
/// return asks where the refund goes): worked out from the interrupted flow's state, nothing changed.
/// </summary>
public static class PendingChangeAmount
{
    private const string NothingYet = "Nothing has changed yet.";

    public static async Task<string> DescribeAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Interrupted?.StateAs<ReturnItemsState>(ReturnItemsFlow.Name) is { Choice.OrderId: { } returnedFrom, ItemIds.Count: > 0 } returning)
        {
            var order = await turn.Functions.Orders.GetAsync(returnedFrom, cancellationToken);
            var items = returning.ItemIds.Select(id => order.Items.FirstOrDefault(i => i.ItemId == id)).OfType<OrderItem>().ToList();
            var names = string.Join(", ", items.Select(i => i.Name));
            return $"Returning {names} from order {order.OrderId} would refund {OrderDescriptions.Money(items.Sum(i => i.Price))}, "
                + $"to the original payment method or a gift card you already have, as you choose. {NothingYet}";
        }
        if (turn.Interrupted?.StateAs<CancelOrderState>(CancelOrderFlow.Name) is { Choice.OrderId: { } cancelled })
        {
            var order = await turn.Functions.Orders.GetAsync(cancelled, cancellationToken);
            var (_, paid) = ProposalText.CurrentPayment(order);
            return $"Cancelling order {order.OrderId} would refund {OrderDescriptions.Money(paid)} to the method it was paid with. {NothingYet}";
        }
        return "The summary I show before anything changes will have the exact amount, and nothing changes until you say yes. " + NothingYet;
    }
}
