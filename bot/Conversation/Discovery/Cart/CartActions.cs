using System.Globalization;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Conversation.Discovery.Recommendations;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Conversation.Discovery.Cart;

/// <summary>
/// What a customer can do with their cart, as replies for a turn, through the cart plugin: add an item (only if it can
/// be bought now), remove one, look at the cart, check out (followed by what customers bought together with it). Used
/// by the cart flow and by discovery for card buttons.
/// </summary>
public sealed class CartActions
{
    /// <summary>A cart turn: check out, empty the cart, add or remove the item a button or the words name, or show the cart.</summary>
    public async Task AnswerAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Message.Text;
        if (CartMessages.IsCheckOut(text))
        {
            await CheckOutAsync(turn, cancellationToken);
            return;
        }
        // Whatever the classifier made of it (it often reads "empty my cart" as viewing it), emptying is decided by the words.
        if (CartMessages.IsEmptyCart(text))
        {
            await EmptyAsync(turn, cancellationToken);
            return;
        }
        var itemId = turn.Intent.Slot(SlotKeys.ItemId) ?? CartMessages.AddedItem(text) ?? CartMessages.RemovedItem(text) ?? CartMessages.AnyItemId(text);
        // "Remove the first one" is a removal whatever the classifier read in it.
        switch (CartMessages.IsRemoveRequest(text) ? Intents.RemoveFromCart : turn.Intent.Intent)
        {
            case Intents.AddToCart when itemId is not null:
                await AddAsync(turn, itemId, cancellationToken, CartQuantity.Read(text).Quantity);
                break;
            case Intents.RemoveFromCart when itemId is not null:
                await RemoveAsync(turn, itemId, cancellationToken);
                break;
            case Intents.AddToCart when ShownItemReference.PointsBack(text) && FocusedItem(turn) is { } focused:
                await AddAsync(turn, focused, cancellationToken, CartQuantity.Read(text).Quantity);
                break;
            case Intents.AddToCart:
                AskWhichProduct(turn);
                break;
            case Intents.RemoveFromCart:
                await RemoveUnnamedAsync(turn, cancellationToken);
                break;
            default:
                await ViewAsync(turn, cancellationToken);
                break;
        }
    }

    /// <summary>The item the conversation is about (shown in detail or added within the last few turns), if any.</summary>
    private static string? FocusedItem(FlowTurn turn) =>
        turn.Conversation.Focus.FreshProduct(turn.Conversation.Turn) is not null ? turn.Conversation.Focus.ItemId : null;

    /// <summary>An add that names no product while none is shown.</summary>
    public static void AskWhichProduct(FlowTurn turn) =>
        turn.Say("Which product would you like to add? Tell me what you're looking for, then say \"add the first to cart\" or press \"Add to cart\" on its card.");

    public async Task AddAsync(FlowTurn turn, string itemId, CancellationToken cancellationToken, int quantity = 1)
    {
        var added = await turn.Functions.Cart.AddAsync(itemId, quantity, cancellationToken);
        if (added.Item is not { } item)
        {
            turn.Unhelpful = true;
            turn.Say($"I couldn't find item {itemId} in the catalogue. Try searching for the product again.");
            return;
        }
        // What was just added is what "it" means next, in any flow.
        turn.Conversation.Focus.OnProduct(item.ProductId, item.Variant.ItemId, turn.Conversation.Turn);
        var description = ItemWording.Describe(item.ProductName, item.Variant.Options);
        switch (added.Result)
        {
            case CartAdditionResult.OutOfStock:
                turn.Say($"Sorry, {description} is out of stock, so it can't be added to your cart. Would you like to see other options?",
                    $"show other {item.ProductName.ToLowerInvariant()} options", CartMessages.ViewCart);
                return;
            case CartAdditionResult.AtLimit when quantity > 1:
                turn.Say($"{quantity} more of {description} would be more than one order can hold (your cart has {added.Line?.Quantity ?? 0}). Try a smaller number.", CartMessages.ViewCart);
                return;
            case CartAdditionResult.AtLimit:
                turn.Say($"Your cart already has {added.Line?.Quantity ?? 0} of {description}, the most one order can hold.", CartMessages.ViewCart);
                return;
        }
        var line = added.Line!;
        var count = quantity > 1 ? $"{quantity} x " : "";
        // "(now 3 in your cart)" only when some were there before this addition.
        var inCart = line.Quantity > quantity ? $" (now {line.Quantity} in your cart)" : "";
        turn.Say($"Added {count}{description} at {CartText.Money(line.Price)} to your cart{inCart}.",
            CartMessages.ViewCart, CartMessages.CheckOut, "keep shopping");
    }

    public async Task RemoveAsync(FlowTurn turn, string itemId, CancellationToken cancellationToken)
    {
        if (await turn.Functions.Cart.RemoveAsync(itemId, cancellationToken) is not { } line)
        {
            turn.Unhelpful = true;
            turn.Say($"Item {itemId} isn't in your cart.", CartMessages.ViewCart);
            return;
        }
        turn.Say($"Removed {ItemWording.Describe(line.ProductName, line.Options)} from your cart.", CartMessages.ViewCart, "keep shopping");
    }

    /// <summary>Takes everything out of the cart ("empty my cart"); no confirmation, since nothing is bought or paid.</summary>
    public async Task EmptyAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var emptied = await turn.Functions.Cart.EmptyAsync(cancellationToken);
        if (emptied.Lines.Count == 0)
        {
            turn.Say("Your cart is already empty. Tell me what you're looking for, e.g. \"red t-shirt size L\".");
            return;
        }
        turn.Say($"Done: I took {Count(emptied)} out of your cart; it is empty now.", "keep shopping");
    }

    /// <summary>A remove with no item id: the lines the words point at ("the first one", "the black one"), or "it" as the
    /// only line; otherwise the cart to pick from.</summary>
    public async Task RemoveUnnamedAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var cart = await turn.Functions.Cart.ViewAsync(cancellationToken);
        if (cart.Lines.Count == 0)
        {
            turn.Say("Your cart is already empty, so there is nothing to remove.");
            return;
        }
        var lines = cart.Lines.Select(l => new ShownItem(l.ItemId, "", l.ProductName, new Dictionary<string, string>(l.Options), l.Price, true)).ToList();
        var pointed = ShownItemReference.Resolve(turn.Message.Text, lines, focusItemId: null);
        if (pointed.Items.Count == 0 && lines.Count == 1)
        {
            pointed = new ShownItemReference.Pointed(lines, false);
        }
        if (pointed.Items.Count == 0 || pointed.Open)
        {
            Show(turn, cart);
            turn.Say("Which one shall I take out? Say its number or press \"Remove\" on it, or say \"empty my cart\" to remove everything.");
            return;
        }
        foreach (var line in pointed.Items)
        {
            await RemoveAsync(turn, line.ItemId, cancellationToken);
        }
    }

    public async Task ViewAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        Show(turn, await turn.Functions.Cart.ViewAsync(cancellationToken));

    public async Task CheckOutAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var checkout = await turn.Functions.Cart.CheckOutAsync(cancellationToken);
        if (checkout.Cart.Lines.Count == 0)
        {
            turn.Say("Your cart is empty, so there is nothing to check out yet.");
            return;
        }
        turn.Reply(new BotReply
        {
            Text = $"This is a demo store: it takes no payment and no order is placed. Your cart ({Count(checkout.Cart)}, total " +
                   $"{CartText.Money(checkout.Cart.Total)}) would continue to check-out here: {checkout.CheckoutUrl}",
            Citations = [new Citation("Check-out (demo placeholder)", checkout.CheckoutUrl)],
        });
        var related = await turn.Functions.Recommendations.BoughtTogetherAsync([.. checkout.Cart.Lines.Select(l => l.ItemId)], cancellationToken);
        if (related.Count > 0)
        {
            turn.Reply(RecommendationCards.Reply("Customers who bought the same also liked these:", related, RecommendationReasons.InThisOrder, numbered: false));
        }
    }

    private static void Show(FlowTurn turn, CartContents cart)
    {
        if (cart.Lines.Count == 0)
        {
            turn.Say("Your cart is empty. Tell me what you're looking for, e.g. \"red t-shirt size L\".");
            return;
        }
        turn.Reply(new BotReply
        {
            Text = $"Your cart has {Count(cart)}, total {CartText.Money(cart.Total)}.",
            Cards = CartText.Cards(cart.Lines),
            SuggestedActions = [CartMessages.CheckOut, "keep shopping"],
        });
    }

    private static string Count(CartContents cart) =>
        cart.Units.ToString(CultureInfo.InvariantCulture) + (cart.Units == 1 ? " item" : " items");
}
