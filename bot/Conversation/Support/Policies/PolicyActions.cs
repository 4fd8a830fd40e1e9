namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// What the customer can do next after reading a rule, by help article: the offer to act that follows the answer.
/// The labels are messages the router understands as the matching request.
/// </summary>
public static class PolicyActions
{
    private static readonly Dictionary<string, string[]> ByArticle = new(StringComparer.Ordinal)
    {
        ["returns"] = ["Start a return"],
        ["exchanges"] = ["Exchange an item", "Start a return"],
        ["cancellations"] = ["Cancel an order"],
        ["changing-an-order"] = ["Change an order", "Change the payment method", "Cancel an order"],
        ["refunds"] = ["Check my refunds", "Start a return", "Cancel an order"],
        ["shipping-and-tracking"] = ["Track an order"],
        ["contacting-a-person"] = ["Talk to a person"],
    };

    public static IReadOnlyList<string> For(string articleId) =>
        ByArticle.TryGetValue(articleId, out var actions) ? actions : [];
}
