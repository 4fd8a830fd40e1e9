using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Discovery.Recommendations;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// "Cheaper" when nothing cheaper is in stock is no dead end: the answer names the cheapest item in stock for what the
/// shopper asked, and, when leaving out their options finds cheaper items in stock, offers that wider search (a yes runs
/// it); otherwise it says that is the lowest price in stock.
/// </summary>
public static partial class NothingCheaper
{
    public const string Widen = "widen the search";

    /// <summary>Answers "cheaper": the cheaper items when some are in stock, otherwise the cheapest and a wider search.</summary>
    /// <param name="before">The search shown so far.</param>
    /// <param name="cheaper">That search below the cheapest item in stock shown.</param>
    public static async Task AnswerAsync(FlowTurn turn, DiscoveryState before, DiscoveryState cheaper, CancellationToken cancellationToken)
    {
        var matches = await DiscoverySearch.MatchesAsync(turn, cheaper, cancellationToken);
        if (matches.Any(m => m.Available))
        {
            turn.Continue(cheaper);
            DiscoverySearch.Show(turn, cheaper, matches);
            return;
        }

        var current = await DiscoverySearch.MatchesAsync(turn, before, cancellationToken);
        var cheapest = current.Where(m => m.Available).MinBy(m => m.Price);
        var asked = DiscoveryState.Copy(cheaper);
        (asked.MinPrice, asked.MaxPrice) = (null, null);
        var text = $"Nothing cheaper is in stock for {DiscoveryText.Describe(asked)}";
        if (matches.Count > 0)
        {
            text += " (the cheaper ones are out of stock)";
        }
        text += cheapest is null
            ? "."
            : $": the cheapest in stock is {ItemWording.Describe(cheapest.ProductName, cheapest.Options)} at {CartText.Money(cheapest.Price)}.";

        var wider = Wider(cheaper);
        var widerMatches = wider is null ? [] : (await DiscoverySearch.MatchesAsync(turn, wider, cancellationToken)).Where(m => m.Available).ToList();
        if (wider is not null && widerMatches.Count > 0)
        {
            var product = cheaper.ProductType is { } type ? ProductWording.Plural(type) : "items";
            text += $" Without {DiscoveryText.Options(cheaper)}, {product} in stock start at {CartText.Money(widerMatches.Min(m => m.Price))}. " +
                    "Shall I widen the search?";
            before.OfferedSearch = wider;
            turn.Continue(before);
            turn.Say(text, Widen, "no thanks");
            return;
        }
        text += cheaper.ProductType is { } productType
            ? $" That is the lowest price for {ProductWording.WithArticle(productType)} in stock."
            : " That is the lowest price in stock for what you asked.";
        turn.Continue(before);
        turn.Say(text, "start over", CartMessages.ViewCart);
    }

    /// <summary>The answer to the offer of a wider search: true for yes, false for no, null for anything else.</summary>
    public static bool? Accepts(string text) =>
        ConversationCommands.IsYes(text) || Yes().IsMatch(text) ? true
        : No().IsMatch(text) ? false
        : null;

    /// <summary>The cheaper search without the shopper's options (nor a lower price limit), or null when it has no options.</summary>
    private static DiscoveryState? Wider(DiscoveryState cheaper)
    {
        if (cheaper.Options.Count == 0)
        {
            return null;
        }
        var wider = DiscoveryState.Copy(cheaper);
        wider.Options.Clear();
        wider.MinPrice = null;
        wider.Shown = [];
        wider.FocusItemId = null;
        return wider;
    }

    [GeneratedRegex(@"\b(widen|wider|broaden|any\s+(size|colou?r|\w+)|all\s+(sizes|colou?rs|options)|show\s+me|go\s+ahead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^\s*(no|nope|nah|not now|no thanks?|no thank you|leave it|keep it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex No();
}
