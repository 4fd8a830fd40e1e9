using EcomBot.Bot.Conversation.Discovery.Cart;

namespace EcomBot.Bot.Conversation.Support.Ordering;

/// <summary>"How do I place an order?" (place_order): how ordering works in this chat, search, cart, check-out, with
/// the first steps as suggested actions, and plainly that the demo check-out places no real order.</summary>
public sealed class HowToOrderFlow : IConversationFlow
{
    public const string PlaceOrder = "place_order";

    public FlowDescriptor Descriptor { get; } = FlowDescriptor.For("how-to-order", PlaceOrder) with { RuleQuestionsMayRedirect = false };

    public Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        turn.End();
        turn.Say(
            "Ordering here works in three steps:\n"
            + "1. **Find it**: tell me what you're looking for (for example \"a black backpack under $150\") and I'll show "
            + "matching products.\n"
            + "2. **Add to cart**: press \"Add to cart\" on a product card. Say \"view cart\" at any time to see what's in it.\n"
            + "3. **Check out**: say \"check out\" when your cart is ready.\n"
            + "This is a demo store: check-out takes no payment and places no real order. No account or sign-up is needed.",
            "Find a product", CartMessages.ViewCart);
        return Task.CompletedTask;
    }

    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);
}
