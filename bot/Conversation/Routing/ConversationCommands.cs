using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// The few phrases that work at any point, whatever flow is active: help, start over, and a plain greeting.
/// They are matched on the whole message so "cancel" stops the conversation but "cancel my order" does not.
/// </summary>
public static partial class ConversationCommands
{
    public static string? Match(string text)
    {
        var normalized = Normalize(text);
        if (HelpPhrase().IsMatch(normalized))
        {
            return Intents.Help;
        }
        if (StartOverPhrase().IsMatch(normalized))
        {
            return Intents.StartOver;
        }
        return GreetingPhrase().IsMatch(normalized) ? Intents.Greeting : null;
    }

    private static string Normalize(string text) =>
        TrailingPunctuation().Replace(text.Trim().ToLowerInvariant(), "");

    [GeneratedRegex(@"^(help|help me|menu|what can you do|what do you do|options)$")]
    private static partial Regex HelpPhrase();

    [GeneratedRegex(@"^(cancel|start over|restart|reset|never ?mind|stop that|quit|exit|forget it)$")]
    private static partial Regex StartOverPhrase();

    [GeneratedRegex(@"^(hi|hello|hey|hiya|good (morning|afternoon|evening)|hi there|hello there|hey there)$")]
    private static partial Regex GreetingPhrase();

    [GeneratedRegex(@"[\s!.?,]+$")]
    private static partial Regex TrailingPunctuation();
}
