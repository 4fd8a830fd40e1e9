namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>Where a help article's page is (served by the knowledge base's help article endpoint).</summary>
public static class HelpArticleLinks
{
    public const string Prefix = "/help/";

    /// <summary>The page URL for a passage anchor (<c>returns#where-the-refund-goes</c> → <c>/help/returns#where-the-refund-goes</c>).</summary>
    public static string UrlFor(string anchor) => Prefix + anchor;
}
