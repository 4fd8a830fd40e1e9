using EcomBot.Bot.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Recommendations;

/// <summary>
/// After check-out, what other customers bought together with the order's products, each card saying which of
/// them it goes with. The shopper has not received them yet, so the reason speaks of the order, not of owning it.
/// </summary>
public sealed class CheckoutRecommendations(RecommendationService recommendations) : ICheckoutSuggestions
{
    public async Task<BotReply?> SuggestAsync(ProfileSubject? shopper, IReadOnlyList<CartLine> order, CancellationToken cancellationToken)
    {
        var purchase = recommendations.PurchaseOf(order.Select(line => line.ItemId));
        var related = await recommendations.BoughtWithAsync(shopper, purchase, cancellationToken);
        if (related.Count == 0)
        {
            return null;
        }
        var explained = related
            .Select(r => r with { Reason = $"Often bought together with the {r.Cites!.ToLowerInvariant()} in this order" })
            .ToList();
        return RecommendationCards.Reply("Customers who bought the same also liked these:", explained);
    }
}
