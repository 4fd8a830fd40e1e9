using System.Text;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Ingestion;

namespace EcomBot.Knowledge.Policies;

/// <summary>
/// Parses the help articles (<c>policies/*.md</c>) and chunks them by heading: the text under each <c>##</c>
/// heading is one passage with a stable id (<c>article#anchor</c>), the article's title and the section's anchor.
/// Text before the first <c>##</c> is a passage anchored at the article itself.
/// </summary>
public static class PolicyArticleReader
{
    public static IReadOnlyList<SourceDocument> ReadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.md")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Chunk(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList();

    public static IEnumerable<SourceDocument> Chunk(string articleId, string markdown)
    {
        var title = articleId;
        string? section = null;
        var body = new StringBuilder();
        var passages = new List<SourceDocument>();
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                title = line[2..].Trim();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                AddPassage(passages, articleId, title, section, body);
                section = line[3..].Trim();
                body.Clear();
            }
            else
            {
                body.AppendLine(line);
            }
        }
        AddPassage(passages, articleId, title, section, body);
        return passages;
    }

    /// <summary>GitHub-style heading anchor: lower case, spaces to hyphens, punctuation dropped.</summary>
    public static string Slug(string heading) =>
        string.Concat(heading.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : c is ' ' or '-' ? '-' : '\0').Where(c => c != '\0'));

    private static void AddPassage(List<SourceDocument> passages, string articleId, string title, string? section, StringBuilder body)
    {
        var text = body.ToString().Trim();
        if (text.Length == 0)
        {
            return;
        }
        var anchor = section is null ? articleId : $"{articleId}#{Slug(section)}";
        var heading = section ?? title;
        var payload = new KnowledgePayload
        {
            Kind = KnowledgePayload.PolicyKind,
            Title = title,
            Section = heading,
            Text = text,
            ArticleId = articleId,
            Anchor = anchor,
        };
        var embedded = section is null ? $"{title}. {text}" : $"{title}: {section}. {text}";
        passages.Add(new SourceDocument($"policy:{anchor}", embedded, $"{title} {heading} {heading} {text}", payload));
    }
}
