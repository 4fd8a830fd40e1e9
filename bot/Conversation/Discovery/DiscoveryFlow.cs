using EcomBot.Bot.Capabilities.Catalog;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Guided product search: a free-text request, a question about the option that best splits many matches,
/// refinements over the following turns, details, side-by-side comparison, and "add to cart" from a card.
/// </summary>
public sealed class DiscoveryFlow(CartActions cart) : IConversationFlow
{
    /// <summary>More matches than this and the shopper is asked a narrowing question first.</summary>
    public const int MaxCards = 5;

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("discovery", Intents.ProductSearch, Intents.Compare) with { TrainingExamples = FlowExamples.Beside<DiscoveryFlow>(), RuleQuestionsMayRedirect = false };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        AnswerAsync(turn, new DiscoveryState(), isNew: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        AnswerAsync(turn, turn.State<DiscoveryState>() ?? new DiscoveryState(), isNew: false, cancellationToken);

    private async Task AnswerAsync(FlowTurn turn, DiscoveryState state, bool isNew, CancellationToken cancellationToken)
    {
        var text = turn.Message.Text;
        if (CartMessages.AddedItem(text) is { } added)
        {
            await cart.AddAsync(turn, added, cancellationToken);
        }
        else if (CartMessages.IsViewCart(text))
        {
            await cart.ViewAsync(turn, cancellationToken);
        }
        else if (DiscoveryMessages.DetailsItem(text) is { } itemId)
        {
            await DiscoveryAnswers.DetailsAsync(turn, state, itemId, cancellationToken);
        }
        else if (DiscoveryMessages.IsCompare(text))
        {
            DiscoveryAnswers.Compare(turn, state, DiscoveryMessages.CompareTargets(text));
        }
        else if (!isNew && !await NamesAnotherProductAsync(turn, state, text, cancellationToken) && Refine(state, text, turn.Intent) is { } refined)
        {
            if (!await SearchAsync(turn, refined, cancellationToken))
            {
                // Nothing left: keep what the shopper had, so the next refinement starts from results that exist.
                turn.Continue(state);
            }
            return;
        }
        else if (isNew || turn.Intent.Intent == Intents.ProductSearch || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
        {
            await SearchAsync(turn, NewSearch(text, turn.Intent), cancellationToken);
            return;
        }
        else
        {
            turn.Unhelpful = true;
            turn.Say("I didn't catch how to narrow that down. Tell me a colour, size, material or a price limit, or what else you're looking for.",
                [.. state.AskedValues.Take(MaxCards)]);
        }
        turn.Continue(state);
    }

    /// <summary>"red t-shirt size L" while boots are shown is a new search, not boots in red.</summary>
    private static async Task<bool> NamesAnotherProductAsync(FlowTurn turn, DiscoveryState state, string text, CancellationToken cancellationToken)
    {
        var current = state.ProductType ?? state.Shown.FirstOrDefault()?.ProductName;
        var named = (await turn.Functions.Catalog.ListProductTypesAsync(cancellationToken)).Keys.Where(name => DiscoveryText.Mentions(text, name));
        return named.Any(name => !string.Equals(name, current, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A copy of the state with the follow-up applied, or null if it refines nothing. Refinements are about
    /// the product being shown, so once every shown item is one product the search stays on it.</summary>
    private static DiscoveryState? Refine(DiscoveryState state, string text, IntentPrediction prediction)
    {
        var refined = DiscoveryState.Copy(state);
        if (!Refinement.Apply(refined, text, prediction))
        {
            return null;
        }
        if (refined.ProductType is null && state.Shown.Select(i => i.ProductName).Distinct().Count() == 1)
        {
            refined.ProductType = state.Shown[0].ProductName;
        }
        return refined;
    }

    private static DiscoveryState NewSearch(string text, IntentPrediction prediction)
    {
        var state = new DiscoveryState { Query = text };
        Refinement.Apply(state, text, prediction);
        return state;
    }

    /// <summary>Searches and answers with a question or cards; false if nothing matched.</summary>
    private static async Task<bool> SearchAsync(FlowTurn turn, DiscoveryState state, CancellationToken cancellationToken)
    {
        var matches = await turn.Functions.Catalog.SearchAsync(new ProductQuery(state.Query)
        {
            ProductType = state.ProductType,
            RequiredOptions = state.Options,
            MinPrice = state.MinPrice,
            MaxPrice = state.MaxPrice,
        }, cancellationToken);
        turn.Continue(state);
        if (matches.Count == 0)
        {
            turn.Unhelpful = true;
            turn.Say($"Nothing in the catalogue matches {DiscoveryText.Describe(state)}. Try another option or a wider price range.",
                "start over", CartMessages.ViewCart);
            return false;
        }

        var split = matches.Count > MaxCards ? SplitOption.Best(matches, state.Options.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase)) : null;
        if (split is not null)
        {
            state.AskedOption = split.Name;
            state.AskedValues = [.. split.Values];
            state.Shown = [.. matches.Take(MaxCards).Select(Shown)];
            turn.Continue(state);
            var question = split.Name == SplitOption.ProductKey ? "Which product do you mean" : $"Which {split.Name} would you like";
            turn.Reply(new BotReply
            {
                Text = $"I found {matches.Count} matching items from {CartText.Money(matches.Min(m => m.Price))} to " +
                       $"{CartText.Money(matches.Max(m => m.Price))}; here are the closest. {question}?",
                Cards = Cards(state),
                SuggestedActions = [.. split.Values.Take(8)],
            });
            return true;
        }

        state.Shown = [.. matches.Take(MaxCards).Select(Shown)];
        turn.Continue(state);
        var more = matches.Count > MaxCards ? $" (the best {MaxCards} of {matches.Count})" : "";
        turn.Reply(new BotReply
        {
            Text = $"Here is what I found{more}. Say \"compare 1 and 2\", \"cheaper\", or a colour or size to narrow it down.",
            Cards = Cards(state),
            SuggestedActions = state.Shown.Count >= 2 ? ["compare 1 and 2", "cheaper", CartMessages.ViewCart] : ["cheaper", CartMessages.ViewCart],
        });
        return true;
    }

    private static IReadOnlyList<ReplyCard> Cards(DiscoveryState state) =>
        state.Shown.Select((item, i) => ProductCards.Card(item, i + 1)).ToList();

    internal static ShownItem Shown(ProductMatch match) => new(
        match.ItemId, match.ProductName,
        match.Options.ToDictionary(o => o.Key.ToLowerInvariant(), o => o.Value, StringComparer.OrdinalIgnoreCase),
        match.Price, match.Available);
}
