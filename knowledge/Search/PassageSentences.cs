using System.Text.RegularExpressions;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// Splits a help passage into sentences. A bullet list stays whole, folded into the sentence that introduces it
/// ("depends on how you paid: gift card: immediately; credit card: 5 to 7 business days; ..."): one bullet alone
/// would read as the rule for every case, and is too short to be matched or quoted on its own.
/// </summary>
public static partial class PassageSentences
{
    public static IReadOnlyList<string> Split(string passage)
    {
        var sentences = new List<string>();
        var prose = new List<string>();
        var bullets = new List<string>();
        foreach (var line in passage.ReplaceLineEndings("\n").Split('\n'))
        {
            if (BulletStart().Match(line) is { Success: true } bullet)
            {
                bullets.Add(line[bullet.Length..].Trim().TrimEnd('.', ';', ','));
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

    [GeneratedRegex(@"^\s*[-*]\s+")]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""(])")]
    private static partial Regex SentenceEnd();
}
