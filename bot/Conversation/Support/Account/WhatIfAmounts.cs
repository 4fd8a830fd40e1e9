using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Orders;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// "How much would I save by returning the water bottle, and how much by exchanging the pet bed and the office chair for
/// their cheapest versions?": each change the question supposes, with the money it would bring back, worked out from the
/// customer's own order and the catalogue, and nothing changed. A return (or cancellation) brings back the items' prices;
/// an exchange for the cheapest available options brings back what those undercut the items by.
/// </summary>
internal static partial class WhatIfAmounts
{
    /// <summary>The answer, or null when the question names no item of the customer's orders.</summary>
    public static async Task<string?> AnswerAsync(FlowTurn turn, string question, CancellationToken cancellationToken)
    {
        var orders = (await turn.Functions.Orders.ListAsync(cancellationToken)).Where(o => o.Status != OrderStatus.Cancelled).ToList();
        var lines = new List<string>();
        var kinds = new Dictionary<string, HashSet<bool>>(StringComparer.Ordinal);
        var verbs = ChangeVerb().Matches(question);
        for (var i = 0; i < verbs.Count; i++)
        {
            var clause = question[verbs[i].Index..(i + 1 < verbs.Count ? verbs[i + 1].Index : question.Length)];
            var swap = !GivesBack().IsMatch(verbs[i].Value);
            foreach (var order in orders)
            {
                if (ItemsInWords.Named(clause, order) is not { Count: > 0 } items)
                {
                    continue;
                }
                kinds.TryAdd(order.OrderId, []);
                kinds[order.OrderId].Add(swap);
                lines.Add(swap ? await CheapestSwapAsync(turn, order, items, cancellationToken) : Back(order, items, verbs[i].Value));
            }
        }
        if (lines.Count == 0)
        {
            return null;
        }
        var note = kinds.Where(k => k.Value.Count > 1).Select(k => orders.First(o => o.OrderId == k.Key))
            .Where(o => o.Status == OrderStatus.Delivered)
            .Select(o => $" Order {o.OrderId} is delivered, so it can take either one return or one exchange, not both.");
        return string.Join("\n", lines.Select(l => "- " + l)) + "\n\nNothing has been changed." + string.Concat(note)
            + " Tell me which you'd like and I'll set it up for you to confirm.";
    }

    private static string Back(Order order, IReadOnlyList<OrderItem> items, string verb)
    {
        var doing = Returning().IsMatch(verb) ? "Returning" : "Cancelling";
        return $"{doing} the {Names(items)} of order {order.OrderId}: {OrderDescriptions.Money(items.Sum(i => i.Price))} back to you.";
    }

    private static async Task<string> CheapestSwapAsync(FlowTurn turn, Order order, IReadOnlyList<OrderItem> items, CancellationToken cancellationToken)
    {
        var saved = 0m;
        var parts = new List<string>();
        foreach (var item in items)
        {
            var product = await turn.Functions.Catalog.GetProductAsync(item.ProductId, cancellationToken);
            var cheapest = ExchangeVariants.Alternatives(product, item).MinBy(v => v.Price);
            if (cheapest is null || cheapest.Price >= item.Price)
            {
                parts.Add($"the {item.Name} ({OrderDescriptions.Money(item.Price)}) is already the cheapest available");
                continue;
            }
            saved += item.Price - cheapest.Price;
            parts.Add($"{item.Name} {OrderDescriptions.Money(item.Price)} -> {ExchangeVariants.Describe(cheapest)} {OrderDescriptions.Money(cheapest.Price)}");
        }
        var verb = order.Status == OrderStatus.Delivered ? "Exchanging" : "Changing";
        return $"{verb} the {Names(items)} of order {order.OrderId} for the cheapest options available ({string.Join("; ", parts)}): "
            + $"{OrderDescriptions.Money(saved)} back to you.";
    }

    private static string Names(IReadOnlyList<OrderItem> items) => string.Join(" and the ", items.Select(i => i.Name));

    [GeneratedRegex(@"\b(?:return\w*|send\w* back|cancel\w*|exchang\w*|swap\w*|switch\w*|chang\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"^(?:return|send|cancel)", RegexOptions.IgnoreCase)]
    private static partial Regex GivesBack();

    [GeneratedRegex(@"^(?:return|send)", RegexOptions.IgnoreCase)]
    private static partial Regex Returning();
}
