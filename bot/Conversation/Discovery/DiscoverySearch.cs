using EcomBot.Bot.Capabilities.Catalog;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>A search as the shopper sees it: the matches for the state, and the reply (a narrowing question with the
/// closest cards when there are many, the cards otherwise); the cards shown become the state's list.</summary>
public static class DiscoverySearch
{
    public static Task<IReadOnlyList<ProductMatch>> MatchesAsync(FlowTurn turn, DiscoveryState state, CancellationToken cancellationToken) =>
        turn.Functions.Catalog.SearchAsync(new ProductQuery(state.Query)
        {
            ProductType = state.ProductType,
            RequiredOptions = state.Options,
            MinPrice = state.MinPrice,
            MaxPrice = state.MaxPrice,
        }, cancellationToken);

    /// <summary>Searches and answers with a question or cards; false if nothing matched.</summary>
    public static async Task<bool> SearchAsync(FlowTurn turn, DiscoveryState state, CancellationToken cancellationToken)
    {
        var matches = await MatchesAsync(turn, state, cancellationToken);
        turn.Continue(state);
        if (matches.Count == 0)
        {
            turn.Unhelpful = true;
            turn.Say($"Nothing in the catalogue matches {DiscoveryText.Describe(state)}. Try another option or a wider price range.",
                "start over", CartMessages.ViewCart);
            return false;
        }
        Show(turn, state, matches);
        return true;
    }

    /// <summary>Shows <paramref name="matches"/> (not empty) as the answer to the state's search.</summary>
    public static void Show(FlowTurn turn, DiscoveryState state, IReadOnlyList<ProductMatch> matches)
    {
        state.Shown = [.. matches.Take(DiscoveryFlow.MaxCards).Select(Shown)];
        state.FocusItemId = null;
        if (state.Shown.Count == 1)
        {
            ItemFocus.Set(turn, state, state.Shown[0]);
        }
        var split = matches.Count > DiscoveryFlow.MaxCards
            ? SplitOption.Best(matches, state.Options.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase))
            : null;
        if (split is not null)
        {
            state.AskedOption = split.Name;
            state.AskedValues = [.. split.Values];
            turn.Continue(state);
            var question = split.Name == SplitOption.ProductKey ? "Which product do you mean" : $"Which {split.Name} would you like";
            turn.Reply(new BotReply
            {
                Text = $"I found {Counted(matches)}, from {CartText.Money(matches.Min(m => m.Price))} to " +
                       $"{CartText.Money(matches.Max(m => m.Price))}; here are the closest. {question}?",
                Cards = ProductCards.Cards(state.Shown),
                SuggestedActions = [.. split.Values.Take(8)],
            });
            return;
        }

        turn.Continue(state);
        var more = matches.Count > DiscoveryFlow.MaxCards ? $" (the best {DiscoveryFlow.MaxCards} of {Counted(matches)})" : "";
        var add = state.Shown.Count == 1 ? "\"add it to cart\"" : "\"add the first to cart\", \"compare 1 and 2\"";
        turn.Reply(new BotReply
        {
            Text = $"Here is what I found{more}. Say {add}, \"cheaper\", or a colour or size to narrow it down.",
            Cards = ProductCards.Cards(state.Shown),
            SuggestedActions = state.Shown.Count >= 2 ? ["compare 1 and 2", "cheaper", CartMessages.ViewCart] : ["cheaper", CartMessages.ViewCart],
        });
    }

    /// <summary>How many matched and how many of them can be bought now: "12 matching items (10 in stock)".</summary>
    private static string Counted(IReadOnlyList<ProductMatch> matches)
    {
        var inStock = matches.Count(m => m.Available);
        return inStock == matches.Count
            ? $"{matches.Count} matching items, all in stock"
            : $"{matches.Count} matching items ({inStock} in stock)";
    }

    public static ShownItem Shown(ProductMatch match) => new(
        match.ItemId, match.ProductId, match.ProductName,
        match.Options.ToDictionary(o => o.Key.ToLowerInvariant(), o => o.Value, StringComparer.OrdinalIgnoreCase),
        match.Price, match.Available);
}
