using System.Text;
using System.Text.RegularExpressions;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// Reply text is written line by line ("Please confirm:", "- item", "- item", "$10 will be refunded."), but markdown
/// joins lines: a line after a list item continues that item, and two plain lines make one paragraph. This keeps each
/// line where it was written: a blank line between lines unless both are items of one list, rows of one table, or
/// lines of a fenced code block. Text that already separates its paragraphs keeps them.
/// </summary>
public static partial class ReplyMarkdown
{
    public static string KeepLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var markdown = new StringBuilder(text.Length + 16);
        string? previous = null;
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                // A blank line already separates; keep one (inside a fence, keep it as it is).
                if (inFence)
                {
                    markdown.Append('\n');
                }
                previous = inFence ? previous : null;
                continue;
            }
            if (markdown.Length > 0)
            {
                markdown.Append(previous is null || !inFence && !SameBlock(previous, line) ? "\n\n" : "\n");
            }
            markdown.Append(line);
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            previous = line;
        }
        return markdown.ToString();
    }

    private static bool SameBlock(string previous, string line) =>
        (ListItem().IsMatch(previous) || Indented(previous)) && (ListItem().IsMatch(line) || Indented(line))
        || TableRow(previous) && TableRow(line);

    private static bool TableRow(string line) => line.TrimStart().StartsWith('|');

    /// <summary>A line indented under a list item continues it (a nested item or the item's second line).</summary>
    private static bool Indented(string line) => line.StartsWith("  ", StringComparison.Ordinal) || line.StartsWith('\t');

    [GeneratedRegex(@"^\s*([-*+]|\d{1,3}[.)])\s")]
    private static partial Regex ListItem();
}
