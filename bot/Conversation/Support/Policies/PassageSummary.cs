using System.Text;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Picks the one to three sentences of a help passage that answer the question (most words in common, kept in the
/// passage's order), so the reply quotes the rule rather than pasting the whole section.
/// </summary>
public static partial class PassageSummary
{
    private const int MaxSentences = 3;
    private const int MaxLength = 420;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "my", "me", "you", "your", "we", "us", "our", "to", "of", "for", "in", "on", "at", "it", "is",
        "are", "be", "can", "do", "does", "did", "what", "how", "and", "or", "if", "that", "this", "with", "after", "something",
        "was", "will", "would", "could", "there", "have", "has", "tell", "need", "get", "from", "by", "as", "so",
    };

    public static string Summarize(string question, string passage)
    {
        var sentences = Sentences(passage);
        if (sentences.Count <= 1)
        {
            return sentences.FirstOrDefault() ?? passage.Trim();
        }
        var asked = Terms(question);
        var ranked = sentences
            .Select((text, index) => (text, index, score: Terms(text).Count(asked.Contains)))
            .OrderByDescending(s => s.score).ThenBy(s => s.index)
            .ToList();
        var chosen = new List<(string text, int index, int score)> { ranked[0] };
        foreach (var candidate in ranked.Skip(1).Where(s => s.score > 0))
        {
            if (chosen.Count == MaxSentences || chosen.Sum(c => c.text.Length) + candidate.text.Length > MaxLength)
            {
                break;
            }
            chosen.Add(candidate);
        }
        return string.Join(" ", chosen.OrderBy(c => c.index).Select(c => c.text));
    }

    /// <summary>Sentences of the passage; a bullet list is folded into the sentence that introduces it.</summary>
    public static IReadOnlyList<string> Sentences(string passage)
    {
        // The items become one sentence with their introduction ("depends on how you paid: Gift card: refunded
        // immediately; Credit card: 5 to 7 business days; ..."), so a summary never quotes one item as the whole rule.
        var flowing = new StringBuilder();
        var inList = false;
        foreach (var line in passage.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (BulletStart().Match(line) is { Success: true } bullet)
            {
                flowing.Append(inList ? "; " : " ").Append(line[bullet.Length..].TrimEnd('.', ';'));
                inList = true;
                continue;
            }
            flowing.Append(inList ? ". " : " ").Append(line);
            inList = false;
        }
        flowing.Append(inList ? "." : "");
        var text = Whitespace().Replace(flowing.ToString(), " ").Trim();
        return [.. SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0)];
    }

    private static HashSet<string> Terms(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => Stem(m.Value)).Where(w => !StopWords.Contains(w))];

    /// <summary>A crude stem (first five letters) so "refund"/"refunds"/"refunded" and "cancel"/"cancelled" meet.</summary>
    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;

    [GeneratedRegex(@"^[-*]\s+")]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();
}
