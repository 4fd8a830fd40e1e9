using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EcomBot.Bot.BotFramework.InProcess;

/// <summary>
/// A reply's markdown as a terminal shows it: no asterisks, pipes or link brackets. Paragraphs and list items each start
/// a line ("• item", "1. item"), a table becomes aligned columns, and a link reads "title (address)".
/// </summary>
public static class TerminalText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static string FromMarkdown(string markdown)
    {
        var text = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            Block(text, block, indent: "");
        }
        return text.ToString().TrimEnd();
    }

    private static void Block(StringBuilder text, Block block, string indent)
    {
        switch (block)
        {
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{number++}. " : "• ";
                    Item(text, item, indent, marker);
                }
                break;
            case Table table:
                TableRows(text, table, indent);
                break;
            case LeafBlock { Inline: { } inline }:
                text.Append(indent).Append(Inlines(inline)).Append('\n');
                break;
            case LeafBlock leaf:
                // Code, or anything else with raw lines: as written.
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                {
                    text.Append(indent).Append("    ").Append(line.Slice.ToString()).Append('\n');
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Block(text, child, indent + (container is QuoteBlock ? "  " : ""));
                }
                break;
        }
    }

    private static void Item(StringBuilder text, ListItemBlock item, string indent, string marker)
    {
        var first = true;
        foreach (var child in item)
        {
            var lines = new StringBuilder();
            Block(lines, child, first ? "" : indent + new string(' ', marker.Length + 2));
            text.Append(first ? indent + "  " + marker : "").Append(lines);
            first = false;
        }
    }

    private static void TableRows(StringBuilder text, Table table, string indent)
    {
        var rows = table.OfType<TableRow>()
            .Select(row => (row.IsHeader, Cells: row.OfType<TableCell>().Select(Cell).ToList()))
            .ToList();
        var columns = rows.Max(r => r.Cells.Count);
        var widths = Enumerable.Range(0, columns)
            .Select(c => rows.Max(r => c < r.Cells.Count ? r.Cells[c].Length : 0))
            .ToList();
        foreach (var (isHeader, cells) in rows)
        {
            var line = string.Join("  ", Enumerable.Range(0, columns).Select(c => (c < cells.Count ? cells[c] : "").PadRight(widths[c])));
            text.Append(indent).Append(line.TrimEnd()).Append('\n');
            if (isHeader)
            {
                text.Append(indent).Append(string.Join("  ", widths.Select(w => new string('-', Math.Max(w, 1))))).Append('\n');
            }
        }
    }

    private static string Cell(TableCell cell) =>
        string.Join(" ", cell.OfType<LeafBlock>().Select(b => b.Inline is { } inline ? Inlines(inline) : ""));

    private static string Inlines(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            Inline(text, inline);
        }
        return text.ToString();
    }

    private static void Inline(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LinkInline link:
                var title = Inlines(link);
                text.Append(title);
                if (!string.IsNullOrEmpty(link.Url) && link.Url != title)
                {
                    text.Append(" (").Append(link.Url).Append(')');
                }
                break;
            case ContainerInline container:
                text.Append(Inlines(container));
                break;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? "\n" : " ");
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
        }
    }
}
