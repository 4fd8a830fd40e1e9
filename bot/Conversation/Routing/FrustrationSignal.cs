using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// Spots visible frustration in a message: angry words or faces, "this is useless"-style complaints about the bot, or shouting.
/// Deliberately conservative: a false alarm only offers a person, it never hands off by itself.
/// </summary>
public static partial class FrustrationSignal
{
    // Pouting, swearing, angry, steaming and anger-symbol faces.
    private static readonly string[] AngryEmoji = ["\U0001F621", "\U0001F92C", "\U0001F620", "\U0001F624", "\U0001F4A2", "\U0001F47F"];

    public static bool IsFrustrated(string text)
    {
        if (AngryPhrase().IsMatch(text))
        {
            return true;
        }
        var letters = text.Count(char.IsLetter);
        var shouting = letters >= 12 && text.Count(char.IsUpper) >= letters * 0.8;
        return shouting || text.Contains("!!!", StringComparison.Ordinal) || AngryEmoji.Any(e => text.Contains(e, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(useless|ridiculous|pathetic|terrible|worst|stupid|hopeless|waste of (my )?time|fed up|sick of|not helping|doesn'?t help|you'?re not listening|this is a joke|wtf|damn|furious|unacceptable)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AngryPhrase();
}
