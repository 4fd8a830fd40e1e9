using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// Spots visible frustration in a message: angry words, "this is useless"-style complaints about the bot, or shouting.
/// Deliberately conservative: a false alarm only offers a person, it never hands off by itself.
/// </summary>
public static partial class FrustrationSignal
{
    public static bool IsFrustrated(string text)
    {
        if (AngryPhrase().IsMatch(text))
        {
            return true;
        }
        var letters = text.Count(char.IsLetter);
        var shouting = letters >= 12 && text.Count(char.IsUpper) >= letters * 0.8;
        return shouting || text.Contains("!!!", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(useless|ridiculous|pathetic|terrible|worst|stupid|hopeless|waste of (my )?time|fed up|sick of|not helping|doesn'?t help|you'?re not listening|this is a joke|wtf|damn|furious|unacceptable)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AngryPhrase();
}
