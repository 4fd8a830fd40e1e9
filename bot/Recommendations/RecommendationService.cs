using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Recommendations.CoPurchase;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Recommendations;

/// <summary>
/// Recommendations for a customer or a not-yet-identified channel user: their profile's interests blended with
/// what customers who bought the same things also bought. Used by the "recommend something" flow, after a
/// completed order (<see cref="AfterOrderAsync"/>), and by outreach.
/// </summary>
public sealed class RecommendationService(
    ICommerceStore store,
    StoreDatabase database,
    StoreCoPurchases coPurchases,
    ProfileReader profiles,
    IOptions<RecommendationOptions> options)
{
    private readonly RecommendationRanker _ranker = new(options.Value);

    /// <summary>Up to <paramref name="count"/> recommendations, best first; for a stranger, popular products.</summary>
    public Task<IReadOnlyList<Recommendation>> RecommendAsync(ProfileSubject subject, int count, CancellationToken cancellationToken = default) =>
        RecommendAsync(subject, count, request: null, cancellationToken);

    /// <summary>As <see cref="RecommendAsync(ProfileSubject, int, CancellationToken)"/>, but when the customer's
    /// <paramref name="request"/> names product types ("recommend me a kettle") only those are ranked.</summary>
    public async Task<IReadOnlyList<Recommendation>> RecommendAsync(
        ProfileSubject subject, int count, string? request, CancellationToken cancellationToken = default)
    {
        var (profile, customerId) = await ResolveAsync(subject, cancellationToken);
        var owned = customerId is null ? PurchaseHistory.None : await PurchaseHistory.OfCustomerAsync(store, customerId, cancellationToken);
        var asked = request is null ? new HashSet<string>() : ProductMentions.Find(request, database.Products.Values);
        if (asked.Count > 0)
        {
            return Rank(database.Products.Values.Where(p => asked.Contains(p.ProductId)), profile, owned, owned, count, keepOwned: true);
        }
        return Rank(database.Products.Values, profile, owned, owned, count);
    }

    /// <summary>"You might also like …" after an order: products related to that order's items, as a reply with
    /// cards, or null when there is nothing worth suggesting (or the order is unknown or not the customer's).</summary>
    public async Task<BotReply?> AfterOrderAsync(string customerId, string orderId, CancellationToken cancellationToken = default)
    {
        Order order;
        try
        {
            order = await store.GetOrderAsync(orderId, cancellationToken);
        }
        catch (CommerceException)
        {
            return null;
        }
        if (order.UserId != customerId)
        {
            return null;
        }
        var related = await BoughtWithAsync(ProfileSubject.Customer(customerId), PurchaseHistory.OfOrder(order), cancellationToken);
        return related.Count == 0 ? null : RecommendationCards.Reply("You might also like:", related);
    }

    /// <summary>
    /// Products that customers bought together with <paramref name="purchase"/> (an order just completed), leaving
    /// out what it holds and what the shopper already has (unless consumable); at most
    /// <see cref="RecommendationOptions.AfterOrderCount"/>, empty when nothing is related.
    /// </summary>
    public async Task<IReadOnlyList<Recommendation>> BoughtWithAsync(
        ProfileSubject? shopper, PurchaseHistory purchase, CancellationToken cancellationToken = default)
    {
        var count = options.Value.AfterOrderCount;
        if (count == 0 || purchase.Products.Count == 0)
        {
            return [];
        }
        var (profile, customerId) = shopper is null ? (null, null) : await ResolveAsync(shopper, cancellationToken);
        var owned = customerId is null ? PurchaseHistory.None : await PurchaseHistory.OfCustomerAsync(store, customerId, cancellationToken);
        var catalogue = database.Products.Values.Where(p => !purchase.Owns(p.ProductId));
        return Rank(catalogue, profile, owned, purchase, count)
            .Where(r => r.Basis == RecommendationBasis.BoughtTogether)
            .ToList();
    }

    /// <summary>The catalogue's products of these item ids, as the purchase <see cref="BoughtWithAsync"/> starts from.</summary>
    public PurchaseHistory PurchaseOf(IEnumerable<string> itemIds)
    {
        var products = new Dictionary<string, OrderItem>(StringComparer.Ordinal);
        foreach (var itemId in itemIds)
        {
            var product = database.Products.Values.FirstOrDefault(p => p.Variants.ContainsKey(itemId));
            if (product is not null)
            {
                var variant = product.Variants[itemId];
                products[product.ProductId] = new OrderItem(product.Name, product.ProductId, itemId, variant.Price, variant.Options);
            }
        }
        return new PurchaseHistory(products);
    }

    private IReadOnlyList<Recommendation> Rank(
        IEnumerable<Product> catalogue, ProfileSnapshot? profile, PurchaseHistory owned, PurchaseHistory relatedTo,
        int count, bool keepOwned = false) =>
        _ranker.Rank(
            catalogue,
            profile?.ProductTypes ?? [],
            profile?.OptionPreferences ?? [],
            owned,
            relatedTo,
            coPurchases.Model,
            count,
            keepOwned);

    private async Task<(ProfileSnapshot? Profile, string? CustomerId)> ResolveAsync(ProfileSubject subject, CancellationToken cancellationToken)
    {
        if (subject.CustomerId is { } customerId)
        {
            return (await profiles.GetAsync(customerId, cancellationToken), customerId);
        }
        var profile = await profiles.FindAsync(subject.User!, cancellationToken);
        return (profile, profile is { Profile.IsIdentified: true } ? profile.Profile.Id : null);
    }
}
