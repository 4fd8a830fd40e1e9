using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Discovery.Cart;

/// <summary>
/// The cart: card buttons (add, remove), "add 1234567890 to cart", "remove ... from cart", "empty my cart", "show my cart",
/// "check out". One turn each; asks which item when an add or remove names none. While products are shown, the discovery
/// flow answers these turns itself (it knows which product "the second one" is), with the same <see cref="CartActions"/>.
/// </summary>
public sealed class CartFlow(CartActions cart) : IConversationFlow
{
    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("cart", Intents.ViewCart, Intents.AddToCart, Intents.RemoveFromCart) with { TrainingExamples = FlowExamples.Beside<CartFlow>(), RuleQuestionsMayRedirect = false };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken) => AnswerAsync(turn, cancellationToken);

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => AnswerAsync(turn, cancellationToken);

    private async Task AnswerAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        await cart.AnswerAsync(turn, cancellationToken);
    }
}
