using System.Globalization;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Cart;

/// <summary>
/// What a customer can do with their cart, as replies for a turn: add an item (only if it can be bought now),
/// remove one, look at the cart, check out (followed by suggestions related to the order, when a
/// <see cref="ICheckoutSuggestions"/> is registered). Used by the cart flow and by discovery for card buttons.
/// </summary>
public sealed class CartActions(
    ICartStore carts,
    CatalogueItems catalogue,
    IProfileSignals signals,
    IOptions<CartOptions> options,
    ICheckoutSuggestions? suggestions = null)
{
    private readonly CartOptions _options = options.Value;

    public async Task AddAsync(FlowTurn turn, string itemId, CancellationToken cancellationToken)
    {
        var item = await catalogue.FindAsync(itemId, cancellationToken);
        if (item is null)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't find item {itemId} in the catalogue. Try searching for the product again.");
            return;
        }
        var description = CartText.Describe(item.ProductName, item.Variant.Options);
        if (!item.Variant.Available)
        {
            turn.Say($"Sorry, {description} is out of stock, so it can't be added to your cart. Would you like to see other options?",
                $"show other {item.ProductName.ToLowerInvariant()} options", CartMessages.ViewCart);
            return;
        }

        var owner = ShopperIdentity.CartOwnerOf(turn);
        var existing = (await carts.GetAsync(owner, cancellationToken)).FirstOrDefault(l => l.ItemId == itemId);
        if (existing is not null && existing.Quantity >= _options.MaxQuantityPerItem)
        {
            turn.Say($"Your cart already has {existing.Quantity} of {description}, the most one order can hold.", CartMessages.ViewCart);
            return;
        }
        var line = await carts.AddAsync(owner, new CartLine(itemId, item.ProductName, item.Variant.Options, item.Variant.Price), cancellationToken);
        if (ShopperIdentity.ProfileSubjectOf(turn) is { } subject)
        {
            signals.Record(new InterestShown(subject, InterestSource.Cart, item.ProductName, item.Variant.Options));
        }
        var quantity = line.Quantity > 1 ? $" (now {line.Quantity} in your cart)" : "";
        turn.Say($"Added {description} at {CartText.Money(line.Price)} to your cart{quantity}.",
            CartMessages.ViewCart, CartMessages.CheckOut, "keep shopping");
    }

    public async Task RemoveAsync(FlowTurn turn, string itemId, CancellationToken cancellationToken)
    {
        var owner = ShopperIdentity.CartOwnerOf(turn);
        var line = (await carts.GetAsync(owner, cancellationToken)).FirstOrDefault(l => l.ItemId == itemId);
        if (line is null || !await carts.RemoveAsync(owner, itemId, cancellationToken))
        {
            turn.Unhelpful = true;
            turn.Say($"Item {itemId} isn't in your cart.", CartMessages.ViewCart);
            return;
        }
        turn.Say($"Removed {CartText.Describe(line.ProductName, line.Options)} from your cart.", CartMessages.ViewCart, "keep shopping");
    }

    /// <summary>Takes everything out of the cart ("empty my cart"); no confirmation, since nothing is bought or paid.</summary>
    public async Task EmptyAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var owner = ShopperIdentity.CartOwnerOf(turn);
        var lines = await carts.GetAsync(owner, cancellationToken);
        if (lines.Count == 0)
        {
            turn.Say("Your cart is already empty. Tell me what you're looking for, e.g. \"red t-shirt size L\".");
            return;
        }
        await carts.ClearAsync(owner, cancellationToken);
        turn.Say($"Done: I took {Count(lines)} out of your cart; it is empty now.", "keep shopping");
    }

    /// <summary>"remove it" with no item named: the only item, if there is one; otherwise the cart to pick from.</summary>
    public async Task RemoveUnnamedAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var lines = await carts.GetAsync(ShopperIdentity.CartOwnerOf(turn), cancellationToken);
        switch (lines.Count)
        {
            case 0:
                turn.Say("Your cart is already empty, so there is nothing to remove.");
                break;
            case 1:
                await RemoveAsync(turn, lines[0].ItemId, cancellationToken);
                break;
            default:
                await ViewAsync(turn, cancellationToken);
                turn.Say("Press \"Remove\" on the item you want to take out, or say \"empty my cart\" to remove everything.");
                break;
        }
    }

    public async Task ViewAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var lines = await carts.GetAsync(ShopperIdentity.CartOwnerOf(turn), cancellationToken);
        if (lines.Count == 0)
        {
            turn.Say("Your cart is empty. Tell me what you're looking for, e.g. \"red t-shirt size L\".");
            return;
        }
        var total = lines.Sum(l => l.Total);
        turn.Reply(new BotReply
        {
            Text = $"Your cart has {Count(lines)}, total {CartText.Money(total)}.",
            Cards = lines.Select(CartText.Card).ToList(),
            SuggestedActions = [CartMessages.CheckOut, "keep shopping"],
        });
    }

    public async Task CheckOutAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var lines = await carts.GetAsync(ShopperIdentity.CartOwnerOf(turn), cancellationToken);
        if (lines.Count == 0)
        {
            turn.Say("Your cart is empty, so there is nothing to check out yet.");
            return;
        }
        turn.Reply(new BotReply
        {
            Text = $"This is a demo store: it takes no payment and no order is placed. Your cart ({Count(lines)}, total " +
                   $"{CartText.Money(lines.Sum(l => l.Total))}) would continue to check-out here: {_options.CheckoutUrl}",
            Citations = [new Citation("Check-out (demo placeholder)", _options.CheckoutUrl)],
        });
        if (suggestions is not null && await suggestions.SuggestAsync(ShopperIdentity.ProfileSubjectOf(turn), lines, cancellationToken) is { } more)
        {
            turn.Reply(more);
        }
    }

    private static string Count(IReadOnlyList<CartLine> lines)
    {
        var units = lines.Sum(l => l.Quantity);
        return units.ToString(CultureInfo.InvariantCulture) + (units == 1 ? " item" : " items");
    }
}
