namespace EcomBot.Bot.Conversation;

/// <summary>How the customer's answer to "Please confirm ..." is read: only an explicit yes confirms a change; anything
/// else leaves the store as it is.</summary>
public static class ConfirmationAnswers
{
    public static bool IsExplicitYes(string text) =>
        text.Trim().TrimEnd('.', '!').ToLowerInvariant() is "yes" or "y" or "yes please" or "yes, please" or "confirm" or "yes, confirm";
}
