using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads an answer to "Please confirm the exchange ..." that changes the swap rather than saying yes or no: another
/// payment method ("I'd prefer my other card", "make it PayPal instead"), or more of the order's items ("wait, I also want
/// to change item 1656367028 to item 1421289881", "and the desk lamp too"). An id may be an item's or its product's (a
/// customer need not know which they have), and an id of one of the product's variants is the new item. The swap is
/// then proposed again, widened, rather than dropped.
/// </summary>
internal static partial class SwapAmendment
{
    /// <summary>Applies the amendment the message makes to <paramref name="swap"/>; false when it makes none.</summary>
    public static async Task<bool> ApplyAsync(FlowTurn turn, Order order, ItemSwapState swap, CancellationToken cancellationToken)
    {
        var text = turn.Message.Text;
        if (NotTheOneWanted().IsMatch(text) && swap.NewItemIds.Count > 0)
        {
            // "No, that's not the one I want": the options are asked again, without the variants just read back.
            swap.RejectedVariantIds.AddRange(swap.NewItemIds.Values);
            swap.NewItemIds.Clear();
            turn.Say("Sorry, I'll ask again.");
            return true;
        }
        var paid = await PaymentAsync(turn, swap, text, cancellationToken);
        var added = Adds(text) ? await AddItemsAsync(turn, order, swap, text, cancellationToken) : [];
        if (added.Count > 0)
        {
            turn.Say($"I'll add that: {string.Join("; ", added.Select(OrderDescriptions.Item))}.");
        }
        return paid || added.Count > 0;
    }

    /// <summary>The method the message names instead of the one proposed; a message that says what it does not want
    /// ("not the gift card") is not read as choosing it.</summary>
    private static async Task<bool> PaymentAsync(FlowTurn turn, ItemSwapState swap, string text, CancellationToken cancellationToken)
    {
        if (Negation().IsMatch(text))
        {
            return false;
        }
        var methods = (await turn.Functions.Orders.GetAccountAsync(cancellationToken)).PaymentMethods.Values;
        var named = PaymentMethodNames.Other(methods, text, swap.PaymentMethodId) ?? PaymentMethodNames.Find(methods, text);
        if (named is null || named.Id == swap.PaymentMethodId)
        {
            return false;
        }
        swap.PaymentMethodId = named.Id;
        return true;
    }

    /// <summary>The order's items the message adds to the swap, by item or product id or in words, each with its new
    /// variant when the message names one by id.</summary>
    private static async Task<List<OrderItem>> AddItemsAsync(FlowTurn turn, Order order, ItemSwapState swap, string text, CancellationToken cancellationToken)
    {
        var ids = ItemId().Matches(text).Select(m => m.Value).ToList();
        var byId = order.Items.Where(i => ids.Contains(i.ItemId) || ids.Contains(i.ProductId)).ToList();
        var named = byId.Count > 0 ? byId : ItemsInWords.Read(text, order, fromRequest: true).Items.ToList();
        var added = named.Where(i => !swap.ItemIds.Contains(i.ItemId)).DistinctBy(i => i.ItemId).ToList();
        foreach (var item in added)
        {
            swap.ItemIds.Add(item.ItemId);
            var product = await turn.Functions.Catalog.GetProductAsync(item.ProductId, cancellationToken);
            if (ids.FirstOrDefault(id => id != item.ItemId && product.Variants.TryGetValue(id, out var variant) && variant.Available) is { } newId)
            {
                swap.NewItemIds[item.ItemId] = newId;
            }
        }
        return added;
    }

    /// <summary>"also", "as well", "too", "another", "add", "plus": the message adds to what is being confirmed.</summary>
    private static bool Adds(string text) => Adding().IsMatch(text);

    [GeneratedRegex(@"\bnot (?:the|what) (?:one )?(?:i|i'd) (?:want|wanted|meant|asked for|had in mind|like)\b|\b(?:that's|that is|it's|it is) (?:the )?wrong (?:one|option|options|variant)\b|\bnot the right (?:one|option|options|variant)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheOneWanted();

    [GeneratedRegex(@"\b(?:also|as well|too|another|add|plus|in addition)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adding();

    [GeneratedRegex(@"\b(?:not|don't|dont|do not|never|instead of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b\d{10}\b")]
    private static partial Regex ItemId();
}
