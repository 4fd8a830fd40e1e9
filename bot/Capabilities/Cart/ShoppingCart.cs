using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Catalogue;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Capabilities.Cart;

/// <summary>
/// The shopper's cart: the identified customer's, else the channel user's. Only items that can be bought now go in,
/// at most <see cref="CartOptions.MaxQuantityPerItem"/> of each; adding one teaches the profile. Check-out hands the
/// cart to the shop's own check-out (the demo store takes no payment and places no order).
/// </summary>
public sealed class ShoppingCart(ICartStore carts, ICatalogue catalogue, IProfileSignals signals, IOptions<CartOptions> options)
{
    public async Task<CartContents> ViewAsync(CustomerSession session, CancellationToken cancellationToken) =>
        new(await carts.GetAsync(OwnerOf(session), cancellationToken));

    public async Task<CartAddition> AddAsync(CustomerSession session, string itemId, int quantity, CancellationToken cancellationToken)
    {
        CatalogueItem item;
        try
        {
            item = await catalogue.GetItemAsync(itemId, cancellationToken);
        }
        catch (CommerceException)
        {
            return new CartAddition(CartAdditionResult.UnknownItem, null, null);
        }
        if (!item.Variant.Available)
        {
            return new CartAddition(CartAdditionResult.OutOfStock, item, null);
        }
        var owner = OwnerOf(session);
        var existing = (await carts.GetAsync(owner, cancellationToken)).FirstOrDefault(l => l.ItemId == item.Variant.ItemId);
        var wanted = Math.Max(1, quantity);
        if ((existing?.Quantity ?? 0) + wanted > options.Value.MaxQuantityPerItem)
        {
            return new CartAddition(CartAdditionResult.AtLimit, item, existing);
        }
        var line = await carts.AddAsync(owner,
            new CartLine(item.Variant.ItemId, item.ProductName, item.Variant.Options, item.Variant.Price, wanted), cancellationToken);
        if (session.ProfileSubject is { } subject)
        {
            signals.Record(new InterestShown(subject, InterestSource.Cart, item.ProductName, item.Variant.Options));
        }
        return new CartAddition(CartAdditionResult.Added, item, line);
    }

    /// <summary>Takes the item's line out of the cart; null when it was not there.</summary>
    public async Task<CartLine?> RemoveAsync(CustomerSession session, string itemId, CancellationToken cancellationToken)
    {
        var owner = OwnerOf(session);
        var line = (await carts.GetAsync(owner, cancellationToken)).FirstOrDefault(l => l.ItemId == itemId);
        return line is not null && await carts.RemoveAsync(owner, itemId, cancellationToken) ? line : null;
    }

    /// <summary>Empties the cart; returns what was in it.</summary>
    public async Task<CartContents> EmptyAsync(CustomerSession session, CancellationToken cancellationToken)
    {
        var owner = OwnerOf(session);
        var lines = await carts.GetAsync(owner, cancellationToken);
        if (lines.Count > 0)
        {
            await carts.ClearAsync(owner, cancellationToken);
        }
        return new CartContents(lines);
    }

    /// <summary>The cart as it goes to check-out, and where check-out continues.</summary>
    public async Task<CartCheckout> CheckOutAsync(CustomerSession session, CancellationToken cancellationToken) =>
        new(await ViewAsync(session, cancellationToken), options.Value.CheckoutUrl);

    private static CartOwner OwnerOf(CustomerSession session) =>
        session.CustomerId is { } customerId ? CartOwner.Customer(customerId)
        : session.ChannelUser is { } user ? CartOwner.User(user)
        : throw new CustomerNotIdentifiedException();
}

/// <summary>A cart's lines, with their unit count and total.</summary>
public sealed record CartContents(IReadOnlyList<CartLine> Lines)
{
    public int Units => Lines.Sum(l => l.Quantity);

    public decimal Total => Lines.Sum(l => l.Total);
}

public enum CartAdditionResult
{
    Added,
    UnknownItem,
    OutOfStock,

    /// <summary>The cart would hold more of the item than one order may.</summary>
    AtLimit,
}

/// <summary>What adding an item did: the item found (null if unknown) and the cart line now (null unless added, or the
/// line already at the limit).</summary>
public sealed record CartAddition(CartAdditionResult Result, CatalogueItem? Item, CartLine? Line);

public sealed record CartCheckout(CartContents Cart, string CheckoutUrl);
