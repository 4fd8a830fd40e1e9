using System.Text.RegularExpressions;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// The words of a question or a help passage that carry its meaning, for telling which passage (or sentence) speaks
/// to a question: lower case, filler words dropped, each cut to a crude stem (a plural's final "s" dropped, then the
/// first five letters) so "refund"/"refunds"/"refunded" and "cancel"/"cancelled" meet.
/// </summary>
public static partial class QuestionTerms
{
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "my", "me", "you", "your", "we", "us", "our", "to", "of", "for", "in", "on", "at", "it", "is",
        "are", "be", "can", "do", "does", "did", "what", "how", "and", "or", "if", "that", "this", "with", "after", "something",
        "was", "will", "would", "could", "there", "have", "has", "tell", "need", "get", "from", "by", "as", "so",
    };

    public static HashSet<string> Of(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !FillerWords.Contains(w)).Select(Stem)];

    /// <summary>The stem a word is matched by (see the type's summary).</summary>
    public static string Stem(string word)
    {
        var singular = word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
        return singular.Length > 5 ? singular[..5] : singular;
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();
}
