using EcomBot.Bot.Capabilities.Recommendations.CoPurchase;
using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Catalogue;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Capabilities.Recommendations;

/// <summary>
/// Recommendations for a shopper (an identified customer or a not-yet-identified channel user): their profile's
/// interests blended with what customers who bought the same things also bought (learned from the store's anonymised
/// order history). Used by "recommend something", after check-out, and by outreach for a profile.
/// </summary>
public sealed class ProductRecommendations(
    ICatalogue catalogue,
    ICustomerAccounts accounts,
    StoreCoPurchases coPurchases,
    ProfileReader profiles,
    IOptions<RecommendationOptions> options)
{
    private readonly RecommendationRanker _ranker = new(options.Value);

    /// <summary>Up to <paramref name="count"/> recommendations for the session's shopper, best first; for a stranger,
    /// popular products. When <paramref name="request"/> names product types ("recommend me a kettle") only those are ranked.</summary>
    public Task<IReadOnlyList<Recommendation>> ForShopperAsync(
        CustomerSession session, int count, string? request, CancellationToken cancellationToken) =>
        session.ProfileSubject is { } subject
            ? ForSubjectAsync(subject, count, request, cancellationToken)
            : RankAsync(null, null, count, request, cancellationToken);

    /// <summary>As <see cref="ForShopperAsync"/>, for a profile outside any conversation (outreach).</summary>
    public async Task<IReadOnlyList<Recommendation>> ForSubjectAsync(
        ProfileSubject subject, int count, string? request, CancellationToken cancellationToken)
    {
        var (profile, customerId) = await ResolveAsync(subject, cancellationToken);
        return await RankAsync(profile, customerId, count, request, cancellationToken);
    }

    /// <summary>
    /// Products that customers bought together with the items of <paramref name="itemIds"/> (an order just completed),
    /// leaving out what it holds and what the shopper already has (unless consumable); at most
    /// <see cref="RecommendationOptions.AfterOrderCount"/>, empty when nothing is related.
    /// </summary>
    public async Task<IReadOnlyList<Recommendation>> BoughtWithAsync(
        CustomerSession session, IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        var count = options.Value.AfterOrderCount;
        var purchase = await PurchaseOfAsync(itemIds, cancellationToken);
        if (count == 0 || purchase.Products.Count == 0)
        {
            return [];
        }
        var (profile, customerId) = session.ProfileSubject is { } subject ? await ResolveAsync(subject, cancellationToken) : (null, null);
        var owned = await OwnedAsync(customerId, cancellationToken);
        var products = (await catalogue.ListProductsAsync(cancellationToken)).Where(p => !purchase.Owns(p.ProductId));
        return [.. (await RankAsync(products, profile, owned, purchase, count, keepOwned: false, cancellationToken))
            .Where(r => r.Basis == RecommendationBasis.BoughtTogether)];
    }

    private async Task<IReadOnlyList<Recommendation>> RankAsync(
        ProfileSnapshot? profile, string? customerId, int count, string? request, CancellationToken cancellationToken)
    {
        var owned = await OwnedAsync(customerId, cancellationToken);
        var products = await catalogue.ListProductsAsync(cancellationToken);
        var asked = request is null ? new HashSet<string>() : ProductMentions.Find(request, products);
        return asked.Count > 0
            ? await RankAsync(products.Where(p => asked.Contains(p.ProductId)), profile, owned, owned, count, keepOwned: true, cancellationToken)
            : await RankAsync(products, profile, owned, owned, count, keepOwned: false, cancellationToken);
    }

    private async Task<IReadOnlyList<Recommendation>> RankAsync(
        IEnumerable<Product> products, ProfileSnapshot? profile, PurchaseHistory owned, PurchaseHistory relatedTo,
        int count, bool keepOwned, CancellationToken cancellationToken) =>
        _ranker.Rank(
            products,
            profile?.ProductTypes ?? [],
            profile?.OptionPreferences ?? [],
            owned,
            relatedTo,
            await coPurchases.ModelAsync(cancellationToken),
            count,
            keepOwned);

    private async Task<PurchaseHistory> OwnedAsync(string? customerId, CancellationToken cancellationToken)
    {
        if (customerId is null)
        {
            return PurchaseHistory.None;
        }
        try
        {
            return PurchaseHistory.Of(await accounts.Open(customerId).ListOrdersAsync(cancellationToken));
        }
        catch (CommerceException)
        {
            return PurchaseHistory.None;
        }
    }

    private async Task<PurchaseHistory> PurchaseOfAsync(IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        var products = new Dictionary<string, OrderItem>(StringComparer.Ordinal);
        foreach (var itemId in itemIds)
        {
            try
            {
                var item = await catalogue.GetItemAsync(itemId, cancellationToken);
                products[item.ProductId] = new OrderItem(item.ProductName, item.ProductId, item.Variant.ItemId, item.Variant.Price, item.Variant.Options);
            }
            catch (CommerceException)
            {
                // Not in the catalogue any more: nothing to relate it to.
            }
        }
        return new PurchaseHistory(products);
    }

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
