using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery.Cart;

/// <summary>
/// The cart: "add 1234567890 to cart" (card buttons), "remove ... from cart", "empty my cart", "show my cart", "check out".
/// One turn each; asks which item when an add or remove names none.
/// </summary>
public sealed class CartFlow(CartActions cart) : IConversationFlow
{
    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("cart", Intents.ViewCart, Intents.AddToCart, Intents.RemoveFromCart) with { TrainingExamples = FlowExamples.Beside<CartFlow>(), RuleQuestionsMayRedirect = false };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) => AnswerAsync(turn, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => AnswerAsync(turn, cancellationToken);

    private async Task AnswerAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        var text = turn.Message.Text;
        if (CartMessages.IsCheckOut(text))
        {
            await cart.CheckOutAsync(turn, cancellationToken);
            return;
        }
        // Whatever the classifier made of it (it often reads "empty my cart" as viewing it), emptying is decided by the words.
        if (CartMessages.IsEmptyCart(text))
        {
            await cart.EmptyAsync(turn, cancellationToken);
            return;
        }
        var itemId = CartMessages.AddedItem(text) ?? CartMessages.RemovedItem(text) ?? CartMessages.AnyItemId(text);
        switch (turn.Intent.Intent)
        {
            case Intents.AddToCart when itemId is not null:
                await cart.AddAsync(turn, itemId, cancellationToken);
                break;
            case Intents.RemoveFromCart when itemId is not null:
                await cart.RemoveAsync(turn, itemId, cancellationToken);
                break;
            case Intents.AddToCart:
                turn.Say("Which product would you like to add? Search for it and press \"Add to cart\" on its card.");
                break;
            case Intents.RemoveFromCart:
                await cart.RemoveUnnamedAsync(turn, cancellationToken);
                break;
            default:
                await cart.ViewAsync(turn, cancellationToken);
                break;
        }
    }
}
