using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>The intents that are questions about how the store works rather than requests about one order.</summary>
public static class PolicyQuestionIntents
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Intents.PolicyQuestion, Intents.CheckRefundPolicy, "check_cancellation_fee", "delivery_options", "delivery_period",
        "check_payment_methods", "track_refund", "contact_customer_service",
    };

    /// <summary>
    /// Intents whose question-form messages are not rule questions: discovery, cart, hand-off and conversation
    /// commands have their own flows even when phrased as a question ("do you have red shoes?").
    /// </summary>
    public static IReadOnlySet<string> NeverRedirected { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Intents.ProductSearch, Intents.Recommend, Intents.Compare, Intents.ViewCart, Intents.AddToCart, Intents.RemoveFromCart,
        Intents.ContactHumanAgent, Intents.OutreachStop, Intents.Greeting, Intents.Thanks, Intents.Help, Intents.StartOver,
    };
}
