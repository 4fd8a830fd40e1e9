using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Guided product search: a free-text request, a question about the option that best splits many matches,
/// refinements over the following turns, details, side-by-side comparison, and the cart while products are shown
/// ("add the second one", "add it to cart", card buttons, "view cart"), so the list shown stays for the next turn.
/// </summary>
public sealed class DiscoveryFlow(CartActions cart) : IConversationFlow
{
    /// <summary>More matches than this and the shopper is asked a narrowing question first.</summary>
    public const int MaxCards = 5;

    /// <summary>How sure the classifier must be that a message is about the cart before it leaves the products shown
    /// (as sure as the router must be to change topic); words and buttons that name a cart action need no such guess.</summary>
    private const double CartIntentConfidence = 0.85;

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("discovery", Intents.ProductSearch, Intents.Compare) with
    {
        TrainingExamples = FlowExamples.Beside<DiscoveryFlow>(),
        RuleQuestionsMayRedirect = false,
        KeepsWhileActive = new HashSet<string>(StringComparer.Ordinal) { Intents.AddToCart, Intents.RemoveFromCart, Intents.ViewCart },
        StateVersion = 2,
    };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        AnswerAsync(turn, new DiscoveryState(), isNew: true, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        AnswerAsync(turn, turn.State<DiscoveryState>() ?? new DiscoveryState(), isNew: false, cancellationToken);

    private async Task AnswerAsync(FlowTurn turn, DiscoveryState state, bool isNew, CancellationToken cancellationToken)
    {
        var text = turn.Message.Text;
        var (offered, askedWhich) = (state.OfferedSearch, state.AskedWhichToAdd);
        (state.OfferedSearch, state.AskedWhichToAdd) = (null, false);
        if ((ProductButtons.PressedItem(turn, Intents.AddToCart) ?? CartMessages.AddedItem(text)) is { } added)
        {
            await AddAsync(turn, state, [added], cancellationToken);
        }
        else if ((ProductButtons.PressedItem(turn, Intents.ProductSearch) ?? DiscoveryMessages.DetailsItem(text)) is { } itemId)
        {
            await DetailsAsync(turn, state, itemId, cancellationToken);
        }
        else if (offered is not null && NothingCheaper.Accepts(text) is { } widen)
        {
            if (widen)
            {
                await DiscoverySearch.SearchAsync(turn, offered, cancellationToken);
                return;
            }
            turn.Say("Alright, the list stays as it is. Say \"add the first to cart\", \"compare 1 and 2\", or what else you're looking for.");
        }
        else if ((askedWhich && ShownItemReference.Resolve(text, state).Items.Count > 0) || CartMessages.IsAddRequest(text))
        {
            await AddPointedAsync(turn, state, text, cancellationToken);
        }
        else if (IsCartTurn(turn))
        {
            await cart.AnswerAsync(turn, cancellationToken);
        }
        else if (DiscoveryMessages.IsDetailsRequest(text) && ShownItemReference.Resolve(text, state).One is { } item)
        {
            await DetailsAsync(turn, state, item.ItemId, cancellationToken);
        }
        else if (DiscoveryMessages.IsCompare(text))
        {
            DiscoveryAnswers.Compare(turn, state, DiscoveryMessages.CompareTargets(text));
        }
        else if (!isNew && !await NamesAnotherProductAsync(turn, state, text, cancellationToken) && Refine(state, text, turn.Intent) is { } refined)
        {
            await RefineAsync(turn, state, refined, Refinement.AsksCheaper(text, turn.Intent), cancellationToken);
            return;
        }
        else if (isNew || turn.Intent.Intent == Intents.ProductSearch || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
        {
            await DiscoverySearch.SearchAsync(turn, NewSearch(text, turn.Intent), cancellationToken);
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

    /// <summary>View, check out, empty or remove: the cart's own answer, with the products shown kept for later.</summary>
    private static bool IsCartTurn(FlowTurn turn)
    {
        var text = turn.Message.Text;
        return CartMessages.IsViewCart(text) || CartMessages.IsCheckOut(text) || CartMessages.IsEmptyCart(text)
            || CartMessages.IsRemoveRequest(text) || ProductButtons.PressedItem(turn, Intents.RemoveFromCart) is not null
            || (turn.Intent.Intent is Intents.ViewCart or Intents.RemoveFromCart && turn.Intent.Confidence >= CartIntentConfidence);
    }

    /// <summary>"Add the second one", "add it", "add the RGB one": the items pointed at; "it" with several shown and none
    /// in focus asks which.</summary>
    private async Task AddPointedAsync(FlowTurn turn, DiscoveryState state, string text, CancellationToken cancellationToken)
    {
        var pointed = ShownItemReference.Resolve(text, state);
        if (pointed.Items.Count == 0 && CartMessages.AnyItemId(text) is { } typed)
        {
            await AddAsync(turn, state, [typed], cancellationToken);
            return;
        }
        if (pointed.Items.Count == 0)
        {
            pointed = ShownItemReference.InFocus(state);
        }
        if (pointed.Items.Count == 0)
        {
            CartActions.AskWhichProduct(turn);
            return;
        }
        if (pointed.Open)
        {
            state.AskedWhichToAdd = true;
            var places = pointed.Items.Select(i => state.Shown.IndexOf(i) + 1).ToList();
            turn.Say($"Which one shall I add to your cart: {string.Join(", ", places.Select(p => $"number {p}"))}?",
                [.. places.Select(DiscoveryMessages.Place)]);
            return;
        }
        await AddAsync(turn, state, [.. pointed.Items.Select(i => i.ItemId)], cancellationToken);
    }

    private async Task AddAsync(FlowTurn turn, DiscoveryState state, IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        foreach (var itemId in itemIds)
        {
            await cart.AddAsync(turn, itemId, cancellationToken);
        }
        state.FocusItemId = itemIds[^1];
    }

    private static async Task DetailsAsync(FlowTurn turn, DiscoveryState state, string itemId, CancellationToken cancellationToken)
    {
        await DiscoveryAnswers.DetailsAsync(turn, state, itemId, cancellationToken);
        state.FocusItemId = itemId;
    }

    private static async Task RefineAsync(FlowTurn turn, DiscoveryState state, DiscoveryState refined, bool cheaper, CancellationToken cancellationToken)
    {
        if (cheaper)
        {
            await NothingCheaper.AnswerAsync(turn, state, refined, cancellationToken);
        }
        else if (!await DiscoverySearch.SearchAsync(turn, refined, cancellationToken))
        {
            // Nothing left: keep what the shopper had, so the next refinement starts from results that exist.
            turn.Continue(state);
        }
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
}
