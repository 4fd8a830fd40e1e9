using System.Net;
using System.Text;
using EcomBot.Knowledge.Policies;

namespace EcomBot.Bot.Knowledge.HelpArticles;

/// <summary>
/// Renders the small markdown subset the help articles use (headings, paragraphs, bullet lists) as HTML. Heading ids
/// use <see cref="PolicyArticleReader.Slug"/>, the same anchors the search index cites, so a citation lands on its section.
/// The page wears the store's header and styles (<c>wwwroot/css/store.css</c>, <c>help-article.css</c>).
/// </summary>
public static class HelpArticleHtml
{
    public static string Render(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var title = lines.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? "Help";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/css/store.css\"><link rel=\"stylesheet\" href=\"/css/help-article.css\">")
            .Append("</head><body><header class=\"store-header\"><a class=\"store-logo\" href=\"/\">EcomBot <em>Store</em></a>")
            .Append("<nav><a href=\"/\" class=\"current\">Help</a></nav></header>")
            .Append("<main class=\"help-article\"><a class=\"help-article-back\" href=\"/\">&larr; Help &amp; support</a>\n");
        var paragraph = new List<string>();
        var inList = false;
        foreach (var line in lines.Select(l => l.TrimEnd()))
        {
            var bullet = line.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line.TrimStart().StartsWith("* ", StringComparison.Ordinal);
            if (line.Length == 0 || line.StartsWith('#') || bullet)
            {
                Flush(html, paragraph);
            }
            if (inList && !bullet)
            {
                html.Append("</ul>\n");
                inList = false;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Heading(html, "h2", line[3..]);
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                Heading(html, "h1", line[2..]);
            }
            else if (bullet)
            {
                html.Append(inList ? "" : "<ul>\n").Append("<li>").Append(WebUtility.HtmlEncode(line.TrimStart()[2..].Trim())).Append("</li>\n");
                inList = true;
            }
            else if (line.Length > 0)
            {
                paragraph.Add(line.Trim());
            }
        }
        Flush(html, paragraph);
        return html.Append(inList ? "</ul>\n" : "").Append("</main></body></html>\n").ToString();
    }

    private static void Heading(StringBuilder html, string tag, string text) =>
        html.Append('<').Append(tag).Append(" id=\"").Append(PolicyArticleReader.Slug(text)).Append("\">")
            .Append(WebUtility.HtmlEncode(text.Trim())).Append("</").Append(tag).Append(">\n");

    private static void Flush(StringBuilder html, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(string.Join(" ", paragraph))).Append("</p>\n");
            paragraph.Clear();
        }
    }
}
