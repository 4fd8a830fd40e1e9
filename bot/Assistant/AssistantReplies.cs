using EcomBot.Bot.Conversation;

namespace EcomBot.Bot.Assistant;

/// <summary>What the customer is told when the model path hands a turn to the flows for a reason they should know.</summary>
public static class AssistantReplies
{
    public static readonly BotReply BudgetSpent = BotReply.Say(
        "This conversation has grown longer than my assistant can follow, so from here on I'll answer with my standard replies.");

    public static readonly BotReply TooFast = BotReply.Say(
        "Messages are coming in faster than I can think them through, so I'll answer this one with my standard replies.");

    public static readonly BotReply TooManySteps = BotReply.Say(
        "That needed more look-ups than I can do in one go, so here is my standard answer instead.");
}
