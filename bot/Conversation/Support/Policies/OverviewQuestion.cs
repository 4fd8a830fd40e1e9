using System.Text.RegularExpressions;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Tells a question about a whole article's rules ("what is your return policy?", "explain your exchange rules",
/// "how do refunds work?") from a question about one of them ("what is your return window?"): it names the kind of
/// answer it wants (policy, rules, how ... works) and, besides that, only the article's own topic words (its title and
/// id), so nothing narrows it to one section.
/// </summary>
public static partial class OverviewQuestion
{
    private static readonly HashSet<string> AskingForTheRules = new(
        new[] { "policy", "rule", "term", "condition", "guideline", "explain", "overview", "summary", "general", "work", "about", "store", "shop", "what's", "are", "tell", "please", "know" }
            .Select(QuestionTerms.Stem),
        StringComparer.Ordinal);

    public static bool Asks(string question, PolicyPassage best)
    {
        if (!NamesTheRules().IsMatch(question))
        {
            return false;
        }
        var topic = QuestionTerms.Of($"{best.ArticleTitle} {best.ArticleId.Replace('-', ' ')}");
        var asked = QuestionTerms.Of(question);
        asked.ExceptWith(AskingForTheRules);
        return asked.IsSubsetOf(topic);
    }

    [GeneratedRegex(@"\b(polic(y|ies)|rules?|terms|conditions|guidelines|explain|overview|summar(y|ise|ize)|how (do|does) \w+( \w+)? work)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesTheRules();
}
