using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Cart;

/// <summary>What to suggest when a shopper completes their order at check-out ("goes well with …"); the
/// recommendations feature provides it. Null when there is nothing worth suggesting.</summary>
public interface ICheckoutSuggestions
{
    Task<BotReply?> SuggestAsync(ProfileSubject? shopper, IReadOnlyList<CartLine> order, CancellationToken cancellationToken);
}
