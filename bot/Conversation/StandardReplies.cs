namespace EcomBot.Bot.Conversation;

/// <summary>The bot's fixed lines: welcome, help, start over and the clarifying question.</summary>
public static class StandardReplies
{
    public static readonly string[] TopicActions = ["Track my order", "Return an item", "Store policies", "Find a product"];

    public static BotReply Welcome { get; } = BotReply.Say(
        "Hi! I'm the store's assistant. I can help with your orders (tracking, cancelling, changing), returns and "
        + "exchanges, answer questions about store policies, and help you find products. What can I do for you?",
        TopicActions);

    public static BotReply Help { get; } = BotReply.Say(
        "Here is what I can do:\n"
        + "- **Orders**: track an order, cancel it, or change its address, payment or items\n"
        + "- **Returns and exchanges** for delivered orders\n"
        + "- **Store policies**: refunds, shipping, exchanges and more\n"
        + "- **Your account**: a receipt for an order, your default address, the newsletter (say STOP to leave it)\n"
        + "- **Products**: find something, compare items, or get a recommendation\n\n"
        + "Say \"start over\" at any time to drop what we were doing, or \"talk to a person\" to reach our team.",
        TopicActions);

    public static BotReply YouAreWelcome { get; } = BotReply.Say(
        "You're welcome! Is there anything else I can help you with?", TopicActions);

    public static BotReply StartedOver { get; } = BotReply.Say(
        "OK, I've dropped that. What would you like to do instead?", TopicActions);

    public static BotReply NothingToStop { get; } = BotReply.Say(
        "There's nothing in progress to stop. What can I help you with?", TopicActions);

    public static BotReply Clarify { get; } = BotReply.Say(
        "Sorry, I'm not sure what you mean. I can help with orders and returns, store policies, or finding products. "
        + "Could you say a little more, or pick one of these?",
        TopicActions);

    public static BotReply OfferPerson { get; } = BotReply.Say(
        "I don't seem to be getting this right. Would you like me to pass you to a person on our support team?",
        ["Talk to a person", "Start over"]);

    public static BotReply SorryForTheTrouble { get; } = BotReply.Say(
        "I'm sorry, I can see this is frustrating. Let's get it sorted.");

    public static BotReply OfferPersonAfterFrustration { get; } = BotReply.Say(
        "If you'd rather, I can pass you to a person on our support team.",
        ["Talk to a person", "Start over"]);

    public static BotReply TooLong(int length, int limit) => BotReply.Say(
        $"Sorry, that message is too long for me to read ({length:N0} characters; I can take up to {limit:N0}). "
        + "Could you send a shorter version?");

    public static BotReply Empty { get; } = BotReply.Say(
        "I didn't catch any text there. What can I help you with?", TopicActions);
}
