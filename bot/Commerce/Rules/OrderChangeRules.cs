using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Commerce.Rules;

/// <summary>Checks and money movements shared by the pending- and delivered-order rules.</summary>
internal static class OrderChangeRules
{
    public static PaymentMethod PaymentMethodOf(User user, string paymentMethodId) =>
        user.PaymentMethods.GetValueOrDefault(paymentMethodId) ?? throw new CommerceException("Payment method not found");

    /// <summary>Each id may be named at most as many times as the order holds that item (duplicates allowed).</summary>
    public static void RequireItemsInOrder(Order order, IReadOnlyList<string> itemIds, Func<string, string> error)
    {
        foreach (var group in itemIds.GroupBy(id => id, StringComparer.Ordinal))
        {
            if (group.Count() > order.Items.Count(i => i.ItemId == group.Key))
            {
                throw new CommerceException(error(group.Key));
            }
        }
    }

    public static Variant VariantOf(IReadOnlyDictionary<string, Product> products, string productId, string itemId)
    {
        var product = products.GetValueOrDefault(productId) ?? throw new CommerceException("Product not found");
        return product.Variants.GetValueOrDefault(itemId) ?? throw new CommerceException("Variant not found");
    }

    /// <summary>Sums new minus old price over the pairs, checking each old item is in the order and each new
    /// variant is of the same product and available. Returns the variants in pair order.</summary>
    public static (decimal Difference, IReadOnlyList<Variant> NewVariants) PriceDifference(
        Order order, IReadOnlyDictionary<string, Product> products, IReadOnlyList<string> itemIds, IReadOnlyList<string> newItemIds,
        bool requireDifferentItem)
    {
        var difference = 0m;
        var variants = new List<Variant>(itemIds.Count);
        for (var i = 0; i < itemIds.Count; i++)
        {
            if (requireDifferentItem && itemIds[i] == newItemIds[i])
            {
                throw new CommerceException("The new item id should be different from the old item id");
            }
            var item = order.Items.FirstOrDefault(x => x.ItemId == itemIds[i]) ?? throw new CommerceException($"Item {itemIds[i]} not found");
            var variant = VariantOf(products, item.ProductId, newItemIds[i]);
            if (!variant.Available)
            {
                throw new CommerceException($"New item {newItemIds[i]} not found or available");
            }
            difference += variant.Price - item.Price;
            variants.Add(variant);
        }
        return (difference, variants);
    }

    /// <summary>The user with <paramref name="delta"/> added to a gift card's balance, rounded to cents;
    /// unchanged when the method is not a gift card.</summary>
    public static User AddToGiftCard(User user, string paymentMethodId, decimal delta)
    {
        var method = PaymentMethodOf(user, paymentMethodId);
        if (!method.IsGiftCard)
        {
            return user;
        }
        var methods = new Dictionary<string, PaymentMethod>(user.PaymentMethods)
        {
            [paymentMethodId] = method with { Balance = Math.Round(method.GiftCardBalance + delta, 2) },
        };
        return user with { PaymentMethods = methods };
    }

    public static IReadOnlyList<string> SortedIds(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}
