namespace EcomBot.Bot.Conversation.Routing;

/// <summary>Intent names the router and flows share. Support intents use the Bitext names.</summary>
public static class Intents
{
    public const string Unknown = "unknown";
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string StartOver = "start_over";
    public const string SmallTalk = "small_talk";
    public const string Thanks = "thanks";
    public const string OutOfScope = "out_of_scope";

    /// <summary>A message that is nothing but who the customer is ("hi, I'm Jane Doe, zip 12345"). Set by a rule in the
    /// router, never learned: names and numbers are what a sentence embedding reads worst.</summary>
    public const string Identify = "identify";

    public const string TrackOrder = "track_order";
    public const string CancelOrder = "cancel_order";
    public const string ChangeOrder = "change_order";
    /// <summary>Pay a pending order with another saved method (EcomBot's own intent; Bitext has none for it).</summary>
    public const string ChangePaymentMethod = "change_payment_method";
    public const string ChangeShippingAddress = "change_shipping_address";
    public const string GetRefund = "get_refund";
    public const string CheckRefundPolicy = "check_refund_policy";
    public const string ContactHumanAgent = "contact_human_agent";
    public const string Complaint = "complaint";

    /// <summary>A question about the store's rules ("can I cancel an order that was already delivered?").</summary>
    public const string PolicyQuestion = "policy_question";

    public const string ProductSearch = "product_search";
    public const string Recommend = "recommend";
    public const string Compare = "compare";
    public const string ViewCart = "view_cart";
    public const string AddToCart = "add_to_cart";
    public const string RemoveFromCart = "remove_from_cart";

    /// <summary>A reply to outreach asking for no more messages (STOP, unsubscribe, opt out).</summary>
    public const string OutreachStop = "outreach_stop";
}
