using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>The intents that are questions about how the store works rather than requests about one order
/// (track_refund is not one: "where is my refund?" asks about the customer's own refunds, see RefundStatusFlow).</summary>
public static class PolicyQuestionIntents
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Intents.PolicyQuestion, Intents.CheckRefundPolicy, "check_cancellation_fee", "delivery_options", "delivery_period",
        "check_payment_methods", "contact_customer_service",
    };
}
