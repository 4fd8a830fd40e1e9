using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Tells a question about the store's rules ("can I cancel an order that was already delivered?", "how long does a
/// refund take?") from a request to act ("cancel my order", "can you cancel #W1234567?"). The classifier often labels
/// both with the same action intent, so the form of the message decides: a question opener asked in the first person
/// or impersonally, with no order id, email or other detail of one particular order.
/// </summary>
public static partial class RuleQuestion
{
    public static bool IsRuleQuestion(string text, IntentPrediction prediction)
    {
        if (prediction.Slots.ContainsKey("order_id") || prediction.Slots.ContainsKey("email"))
        {
            return false; // a specific order or account: the customer wants something done, the action flow explains refusals
        }
        var normalized = text.Trim().ToLowerInvariant();
        return !Request().IsMatch(normalized) && !OwnOrders().IsMatch(normalized) && Opener().IsMatch(normalized);
    }

    // "What are my orders?", "do I have any open orders?": asking to see one's own orders, which the order status flow lists.
    [GeneratedRegex(@"^((what|which) (are )?(all )?my (\w+ )?orders\b|(what|which) orders (do|have|did) i\b|(do|have) i (have|got) any (\w+ )?orders\b|how many orders (do|have) i\b)")]
    private static partial Regex OwnOrders();

    [GeneratedRegex(@"^(please\b|(can|could|would|will) you\b|i (want|would like|need) to\b|i'd like\b)")]
    private static partial Regex Request();

    // "Where does (can, will) the refund go?" asks a rule; "where is my refund?" asks after the customer's own (RefundStatusFlow).
    [GeneratedRegex(
        @"^((can|could|may|should|must) (i|we|one|someone|you guys|an order|a customer)\b|how (long|soon|many|much|quickly|do|does|can|is|are)\b"
        + @"|what (do|does|is|are|happens|if|kind|kinds|types|payment)\b|what's\b|when (can|do|does|will|is)\b|is (it|there)\b"
        + @"|are (there|returns|exchanges|refunds)\b|am i\b|do (i|you|we)\b|does (the|a|an|your|it)\b|will (i|my|the|a)\b|which\b|who pays\b"
        + @"|where (can|could|should|would|may|does|do|will) (the|my|a|an|your)? ?(\w+ )?refunds?\b)")]
    private static partial Regex Opener();
}
