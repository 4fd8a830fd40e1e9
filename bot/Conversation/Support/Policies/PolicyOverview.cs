using System.Text;
using System.Text.RegularExpressions;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// The answer to an overview question (<see cref="OverviewQuestion"/>): the rule each section of the article opens
/// with, one line each, the rules (what can, cannot or must be done) first; sections whose opening is a how-to list,
/// and those that do not fit, are named at the end so the customer can ask about them. Cites the article.
/// </summary>
public static partial class PolicyOverview
{
    private const int MaxLength = 640;

    /// <summary>An opening longer than this is a list of steps, not one rule.</summary>
    private const int MaxRuleLength = 200;

    public static (string Text, IReadOnlyList<Citation> Citations) Compose(IReadOnlyList<PolicyPassage> passages)
    {
        var article = passages[0];
        var sections = passages
            .Where(p => p.ArticleId == article.ArticleId)
            .Select(p => (Passage: p, Lead: PassageSentences.Split(p.Text) is [var first, ..] ? first : ""))
            .OrderByDescending(s => StatesARule().IsMatch(s.Lead))
            .ToList();
        var lines = new List<string>();
        var named = new List<string>();
        foreach (var (passage, lead) in sections)
        {
            if (lead.Length > 0 && lead.Length <= MaxRuleLength && lines.Sum(l => l.Length) + lead.Length <= MaxLength)
            {
                lines.Add(lead);
            }
            else
            {
                named.Add(passage.Section);
            }
        }
        var text = new StringBuilder($"{article.ArticleTitle}, in short:\n\n");
        foreach (var line in lines)
        {
            text.Append("- ").Append(line).Append('\n');
        }
        if (named.Count > 0)
        {
            text.Append("\nThe article also explains: ").Append(string.Join("; ", named.Select(Lower))).Append('.');
        }
        var summary = text.ToString().TrimEnd();
        return (summary, [new Citation(article.ArticleTitle, HelpArticleLinks.UrlFor(article.ArticleId), summary)]);
    }

    private static string Lower(string heading) => heading.Length > 1 && char.IsUpper(heading[0]) && !char.IsUpper(heading[1])
        ? char.ToLowerInvariant(heading[0]) + heading[1..]
        : heading;

    [GeneratedRegex(@"\b(can|cannot|can't|only|must|no|not|never)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatesARule();
}
