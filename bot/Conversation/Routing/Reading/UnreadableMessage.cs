using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Routing.Reading;

/// <summary>Why a message cannot be read: it has no words (emoji or symbols only), or it is not in English.</summary>
public enum UnreadableKind
{
    NoWords,
    NotEnglish,
}

/// <summary>A message the bot cannot read, with the language it seems to be in (ISO 639-1), when one can be told.</summary>
public sealed record Unreadable(UnreadableKind Kind, string? Language);

/// <summary>
/// Tells the messages the bot cannot read from those it can, before any flow sees them: text only in emoji or
/// symbols, text mostly in a script other than Latin ("我想退货"), and Latin-script text in another language told by its
/// common words ("quiero devolver mi pedido"). Names, emails, order ids and numbers are readable whatever letters
/// they use, and a message with any common English word is English.
/// </summary>
public static partial class UnreadableMessage
{
    public static Unreadable? Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || Details().IsMatch(text))
        {
            return null;
        }
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return text.Any(char.IsDigit) || !HasSymbol(text) ? null : new Unreadable(UnreadableKind.NoWords, null);
        }
        var nonLatin = letters.Count(c => !IsLatin(c));
        if (nonLatin * 2 > letters.Count)
        {
            return new Unreadable(UnreadableKind.NotEnglish, LanguageWords.ScriptLanguage([.. letters.Where(c => !IsLatin(c))]));
        }
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        return LanguageWords.OtherLanguage(words) is { } language ? new Unreadable(UnreadableKind.NotEnglish, language) : null;
    }

    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    // Emoji sit outside the Basic Multilingual Plane (surrogate pairs) or are "other symbols" in it (☹, ✅).
    private static bool HasSymbol(string text) =>
        text.Any(c => char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol);

    // An email or an order id: details the flows read, in any message.
    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+|#?\bW\d{7}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Details();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
