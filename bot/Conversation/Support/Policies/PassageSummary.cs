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

    /// <summary>
    /// Sentences of the passage. A bullet list stays whole, folded into the sentence that introduces it
    /// ("depends on how you paid: gift card: immediately; credit card: 5 to 7 business days; ..."): quoting one bullet
    /// would answer "how long do refunds take?" for one payment method as if it were the rule for all.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string passage)
    {
        var sentences = new List<string>();
        var prose = new List<string>();
        var bullets = new List<string>();
        foreach (var line in passage.ReplaceLineEndings("\n").Split('\n'))
        {
            if (BulletStart().Match(line) is { Success: true } bullet)
            {
                bullets.Add(line[bullet.Length..].Trim().TrimEnd('.', ';'));
                continue;
            }
            if (bullets.Count > 0)
            {
                FoldList(prose, bullets, sentences);
            }
            prose.Add(line);
        }
        FoldList(prose, bullets, sentences);
        sentences.AddRange(ProseSentences(prose));
        return sentences;
    }

    /// <summary>Ends the prose before a list, with the list's items joined onto its last (introducing) sentence.</summary>
    private static void FoldList(List<string> prose, List<string> bullets, List<string> sentences)
    {
        if (bullets.Count == 0)
        {
            return;
        }
        var before = ProseSentences(prose).ToList();
        var introduction = before.Count > 0 ? before[^1] : "";
        sentences.AddRange(before.Take(before.Count - 1));
        var items = string.Join("; ", bullets) + ".";
        sentences.Add(introduction.Length == 0 ? items : introduction + " " + items);
        prose.Clear();
        bullets.Clear();
    }

    private static IEnumerable<string> ProseSentences(IEnumerable<string> lines)
    {
        var flowing = Whitespace().Replace(string.Join(" ", lines), " ").Trim();
        return SentenceEnd().Split(flowing).Select(s => s.Trim()).Where(s => s.Length > 0);
    }

    private static HashSet<string> Terms(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => Stem(m.Value)).Where(w => !StopWords.Contains(w))];

    /// <summary>A crude stem (first five letters) so "refund"/"refunds"/"refunded" and "cancel"/"cancelled" meet.</summary>
    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;

    [GeneratedRegex(@"^\s*[-*]\s+")]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();
}
