using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Guided product search: a free-text request, a question about the option that best splits many matches,
/// refinements over the following turns, details, side-by-side comparison, and the cart while products are shown
/// ("add the second one", "add it to cart", card buttons, "view cart"), so the list shown stays for the next turn.
/// </summary>
public sealed class DiscoveryFlow(ShownItemsCart cart) : IConversationFlow
{
    /// <summary>More matches than this and the shopper is asked a narrowing question first.</summary>
    public const int MaxCards = 5;

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("discovery", Intents.ProductSearch, Intents.Compare) with
    {
        TrainingExamples = FlowExamples.Beside<DiscoveryFlow>(),
        RuleQuestionsMayRedirect = false,
        KeepsWhileActive = ShownItemsCart.Intents,
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
        if (await cart.TryAnswerAsync(turn, state, askedWhich, cancellationToken))
        {
            turn.Continue(state);
            return;
        }
        if ((ProductButtons.PressedItem(turn, Intents.ProductSearch) ?? DiscoveryMessages.DetailsItem(text)) is { } itemId)
        {
            await DiscoveryAnswers.DetailsAsync(turn, state, itemId, cancellationToken);
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
        else if (DiscoveryMessages.IsDetailsRequest(text) && ShownItemReference.Resolve(text, state).One is { } item)
        {
            await DiscoveryAnswers.DetailsAsync(turn, state, item.ItemId, cancellationToken);
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
