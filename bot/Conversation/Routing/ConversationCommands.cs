using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// The few phrases that work at any point, whatever flow is active: help, start over, asking for a person, and a plain greeting.
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
        if (PersonPhrase().IsMatch(normalized))
        {
            return Intents.ContactHumanAgent;
        }
        return GreetingPhrase().IsMatch(normalized) ? Intents.Greeting : null;
    }

    /// <summary>A plain yes, used to accept an offer the bot just made.</summary>
    public static bool IsYes(string text) => YesPhrase().IsMatch(Normalize(text));

    private static string Normalize(string text) =>
        TrailingPunctuation().Replace(text.Trim().ToLowerInvariant(), "");

    [GeneratedRegex(@"^(help|help me|menu|what can you do|what do you do|options)$")]
    private static partial Regex HelpPhrase();

    [GeneratedRegex(@"^(cancel|start over|restart|reset|never ?mind|stop that|quit|exit|forget it)$")]
    private static partial Regex StartOverPhrase();

    [GeneratedRegex(@"^((i want to |i'?d like to |can i |let me |please )?(talk|speak|chat) (to|with) (a |an |some )?(person|human|agent|someone|representative|real person|human agent)( please)?|human|agent|(a )?person|representative|human agent|live agent)$")]
    private static partial Regex PersonPhrase();

    [GeneratedRegex(@"^(yes|yes please|yeah|yep|yup|sure|ok|okay|please do|go ahead|y)$")]
    private static partial Regex YesPhrase();

    [GeneratedRegex(@"^(hi|hello|hey|hiya|good (morning|afternoon|evening)|hi there|hello there|hey there)$")]
    private static partial Regex GreetingPhrase();

    [GeneratedRegex(@"[\s!.?,]+$")]
    private static partial Regex TrailingPunctuation();
}
