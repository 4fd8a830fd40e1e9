using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Knowledge.Ingestion;

namespace EcomBot.Bot.Knowledge.HelpArticles;

/// <summary><c>GET /help/{article}</c>: a help article as a simple HTML page whose headings carry the anchors answers cite.</summary>
public static partial class HelpArticleEndpoints
{
    public static IEndpointRouteBuilder MapEcomBotHelpArticles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(HelpArticleLinks.Prefix + "{article}", (string article, KnowledgeSources sources) =>
        {
            // Only plain article names: nothing a caller sends can reach outside the policies folder.
            var path = ArticleName().IsMatch(article) ? Path.Combine(sources.PoliciesDirectory, article + ".md") : null;
            return path is not null && File.Exists(path)
                ? Results.Content(HelpArticleHtml.Render(File.ReadAllText(path)), "text/html; charset=utf-8")
                : Results.NotFound();
        });
        return endpoints;
    }

    [GeneratedRegex("^[a-z0-9-]{1,80}$")]
    private static partial Regex ArticleName();
}
