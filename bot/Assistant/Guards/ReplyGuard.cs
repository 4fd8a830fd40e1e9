using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Assistant.Guards;

/// <summary>
/// Checks the model's reply before it leaves, sentence by sentence: an order id or email address that is not the
/// session customer's withholds the whole reply; a link that leads off the shop is taken out; citations
/// (<c>[article#anchor]</c>) must name passages the policies function returned in this turn, and a reply about the
/// store's rules must cite at least one, or it is not sent as is.
/// </summary>
public sealed partial class ReplyGuard
{
    public const string WithheldText =
        "I can only talk about the orders and details on your own account, so I've left that answer out. What else can I help with?";

    public GuardedReply Check(string text, ReplyFacts facts)
    {
        var sentences = Sentences(text);
        var kept = new List<string>();
        var citations = new List<Citation>();
        foreach (var sentence in sentences)
        {
            if (ForeignOrderId(sentence, facts) || ForeignEmail(sentence, facts))
            {
                return GuardedReply.Withheld("foreign-data");
            }
            var clean = Link().Replace(sentence, m => IsShopLink(m.Value, facts) ? m.Value : "(link removed)");
            clean = CitationMarker().Replace(clean, m =>
            {
                if (facts.Passages.FirstOrDefault(p => string.Equals(p.Anchor, m.Groups[1].Value, StringComparison.OrdinalIgnoreCase)) is { } passage
                    && citations.All(c => c.Url != HelpArticleLinks.UrlFor(passage.Anchor)))
                {
                    citations.Add(new Citation(passage.ArticleTitle, HelpArticleLinks.UrlFor(passage.Anchor), passage.Text));
                }
                return "";
            });
            kept.Add(clean);
        }
        if (facts.AboutRules && citations.Count == 0)
        {
            return GuardedReply.Withheld("uncited-policy");
        }
        var reply = SpaceBeforePunctuation().Replace(string.Join("", kept), "$1").Trim();
        return reply.Length == 0 ? GuardedReply.Withheld("empty") : new GuardedReply(reply, citations, null);
    }

    /// <summary>Sentences with the whitespace after each, so joining them gives the text back.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceEnd().Split(text).Where(s => s.Length > 0)];

    private static bool ForeignOrderId(string sentence, ReplyFacts facts) =>
        OrderId().Matches(sentence).Any(m => !facts.OrderIds.Contains("#" + m.Groups[1].Value));

    private static bool ForeignEmail(string sentence, ReplyFacts facts) =>
        Email().Matches(sentence).Any(m => !facts.Emails.Contains(m.Value.ToLowerInvariant()));

    private static bool IsShopLink(string url, ReplyFacts facts) =>
        Uri.TryCreate(url, UriKind.Absolute, out var link) && facts.ShopHost is { } host
        && string.Equals(link.Host, host, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<=[.!?。！？])(?=\s)|(?<=\n)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"#?\b(W\d{7})\b")]
    private static partial Regex OrderId();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://[^\s)\]>""']+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s?\[([a-z0-9-]+#[a-z0-9-]+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}

/// <summary>What a reply may mention: the session customer's order ids (with '#') and email, the shop's host, the
/// passages returned in this turn, and whether the turn is about the store's rules.</summary>
public sealed record ReplyFacts(
    IReadOnlySet<string> OrderIds, IReadOnlySet<string> Emails, string? ShopHost, IReadOnlyList<PolicyPassage> Passages, bool AboutRules);

/// <summary>The reply to send with its citations, or why it was withheld.</summary>
public sealed record GuardedReply(string Text, IReadOnlyList<Citation> Citations, string? WithheldBy)
{
    public static GuardedReply Withheld(string guard) => new("", [], guard);
}
