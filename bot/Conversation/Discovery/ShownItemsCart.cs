using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// The cart while products are shown (search results, recommendations): "add the second one", "add it to cart",
/// "add the RGB one", card buttons, and the cart's other turns ("view cart", "remove the first one", "check out"),
/// answered by the flow that showed them so its list stays for the next turn. "It" with several shown and none in focus
/// asks which.
/// </summary>
public sealed class ShownItemsCart(CartActions cart)
{
    /// <summary>How sure the classifier must be that a message is about the cart before it leaves the products shown
    /// (as sure as the router must be to change topic); words and buttons that name a cart action need no such guess.</summary>
    private const double CartIntentConfidence = 0.85;

    /// <summary>The cart intents a flow showing products keeps while active (see <see cref="FlowDescriptor.KeepsWhileActive"/>).</summary>
    public static IReadOnlySet<string> Intents { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Routing.Intents.AddToCart, Routing.Intents.RemoveFromCart, Routing.Intents.ViewCart };

    /// <summary>Answers the turn when it is about the cart; false when it is not.</summary>
    /// <param name="askedWhich">Whether the last turn asked which shown item to add, so "the second one" answers it.</param>
    public async Task<bool> TryAnswerAsync(FlowTurn turn, DiscoveryState state, bool askedWhich, CancellationToken cancellationToken)
    {
        var text = turn.Message.Text;
        if ((ProductButtons.PressedItem(turn, Routing.Intents.AddToCart) ?? CartMessages.AddedItem(text)) is { } added)
        {
            await AddAsync(turn, state, [added], cancellationToken);
        }
        else if ((askedWhich && ShownItemReference.Resolve(text, state).Items.Count > 0) || CartMessages.IsAddRequest(text))
        {
            await AddPointedAsync(turn, state, text, cancellationToken);
        }
        else if (IsCartTurn(turn))
        {
            await cart.AnswerAsync(turn, cancellationToken);
        }
        else
        {
            return false;
        }
        return true;
    }

    /// <summary>View, check out, empty or remove: the cart's own answer.</summary>
    private static bool IsCartTurn(FlowTurn turn)
    {
        var text = turn.Message.Text;
        return CartMessages.IsViewCart(text) || CartMessages.IsCheckOut(text) || CartMessages.IsEmptyCart(text)
            || CartMessages.IsRemoveRequest(text) || ProductButtons.PressedItem(turn, Routing.Intents.RemoveFromCart) is not null
            || (turn.Intent.Intent is Routing.Intents.ViewCart or Routing.Intents.RemoveFromCart && turn.Intent.Confidence >= CartIntentConfidence);
    }

    private async Task AddPointedAsync(FlowTurn turn, DiscoveryState state, string text, CancellationToken cancellationToken)
    {
        var (quantity, rest) = CartQuantity.Read(text);
        var pointed = ShownItemReference.Resolve(rest, state);
        if (pointed.Items.Count == 0 && CartMessages.AnyItemId(text) is { } typed)
        {
            await AddAsync(turn, state, [typed], cancellationToken, quantity);
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
        await AddAsync(turn, state, [.. pointed.Items.Select(i => i.ItemId)], cancellationToken, quantity);
    }

    private async Task AddAsync(FlowTurn turn, DiscoveryState state, IReadOnlyList<string> itemIds, CancellationToken cancellationToken, int quantity = 1)
    {
        foreach (var itemId in itemIds)
        {
            await cart.AddAsync(turn, itemId, cancellationToken, quantity);
        }
        state.FocusItemId = itemIds[^1];
    }
}
