using System.Globalization;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation.Discovery.Cart;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>Replies about items already found: one item's details, and two or three side by side.</summary>
public static class DiscoveryAnswers
{
    /// <summary>One item's details; the item, which is now the one "it" means, or null when it is not in the catalogue.</summary>
    public static async Task<ShownItem?> DetailsAsync(FlowTurn turn, DiscoveryState state, string itemId, CancellationToken cancellationToken)
    {
        var item = await FindAsync(turn, state, itemId, cancellationToken);
        if (item is null)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't find item {itemId}.");
            return null;
        }
        ItemFocus.Set(turn, state, item);
        turn.Reply(new BotReply
        {
            Text = $"{ItemWording.Describe(item.ProductName, item.Options)}: {CartText.Money(item.Price)}, {ProductCards.Availability(item.Available)}.",
            Cards = [ProductCards.DetailsCard(item)],
        });
        return item;
    }

    public static void Compare(FlowTurn turn, DiscoveryState state, IReadOnlyList<string> targets)
    {
        var items = targets.Select(t => Resolve(state, t)).OfType<ShownItem>().DistinctBy(i => i.ItemId).ToList();
        if (items.Count < 2 || items.Count > 3)
        {
            turn.Unhelpful = true;
            var range = state.Shown.Count >= 2 ? $" (1 to {state.Shown.Count})" : "";
            turn.Say($"Tell me two or three of the items shown to compare, e.g. \"compare 1 and 2\"{range}.");
            return;
        }
        var cheapest = items.MinBy(i => i.Price)!;
        turn.Reply(new BotReply
        {
            Text = ProductCards.ComparisonTable(items) + $"\n\nThe cheapest is {ItemWording.Describe(cheapest.ProductName, cheapest.Options)} " +
                   $"at {CartText.Money(cheapest.Price)}.",
            Cards = ProductCards.Cards(items, [.. items.Select(item => state.Shown.IndexOf(item) + 1)]),
        });
    }

    private static ShownItem? Resolve(DiscoveryState state, string target)
    {
        if (target.Length <= 2 && int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return position >= 1 && position <= state.Shown.Count ? state.Shown[position - 1] : null;
        }
        return state.Shown.FirstOrDefault(i => i.ItemId == target);
    }

    private static async Task<ShownItem?> FindAsync(FlowTurn turn, DiscoveryState state, string itemId, CancellationToken cancellationToken)
    {
        try
        {
            // The store is the source of truth for price and availability now, not the card shown earlier.
            var found = await turn.Functions.Catalog.ViewItemAsync(itemId, cancellationToken);
            return new ShownItem(itemId, found.ProductId, found.ProductName,
                found.Variant.Options.ToDictionary(o => o.Key.ToLowerInvariant(), o => o.Value, StringComparer.OrdinalIgnoreCase),
                found.Variant.Price, found.Variant.Available);
        }
        catch (CommerceException)
        {
            return state.Shown.FirstOrDefault(i => i.ItemId == itemId);
        }
    }
}
