using System.Text.RegularExpressions;

namespace EcomBot.Knowledge.Search;

/// <summary>
/// The action a rule question asks about: the word after "can I", "how do I", "is it possible to", "too late to"
/// ("can I return an order that was cancelled?" asks about returning, not cancelling). The help articles are one per
/// action (their ids: returns, cancellations, exchanges, changing-an-order, ...), so a passage of the article named by
/// the asked action ranks a little higher (<see cref="ArticleWeight"/>) than one of an article the question's other
/// words point at: the condition ("that was cancelled", "already delivered") names another action's article just as
/// often as the asked one's.
/// </summary>
public static partial class AskedAction
{
    /// <summary>What a passage of the article the asked action names adds to its relevance (see <see cref="PassageViews"/>).</summary>
    public const double ArticleWeight = 0.05;

    // Words that can stand between the opener and the action without being it: "can I get my return refunded".
    private static readonly HashSet<string> NotTheAction = new(StringComparer.Ordinal) { "get", "have", "make", "ask", "still", "also", "just", "now", "then", "please", "really", "ever" };

    /// <summary>The stem (<see cref="QuestionTerms.Stem"/>) of the action asked about, or null when the question does not ask whether or how to do something.</summary>
    public static string? Of(string question)
    {
        var opener = Opener().Match(question);
        if (!opener.Success)
        {
            return null;
        }
        var words = Word().Matches(question[(opener.Index + opener.Length)..].ToLowerInvariant()).Select(m => m.Value);
        var action = words.FirstOrDefault(w => !NotTheAction.Contains(w) && QuestionTerms.Of(w).Count > 0);
        return action is null ? null : QuestionTerms.Stem(action);
    }

    /// <summary>Whether the article with this id (<c>returns</c>, <c>changing-an-order</c>) is about the asked action.</summary>
    public static bool IsAbout(string articleId, string? action) =>
        action is not null && QuestionTerms.Of(articleId.Replace('-', ' ')).Contains(action);

    [GeneratedRegex(@"\b((can|could|may|should) (i|we|you|one)|how (do|can|should) i|(possible|able|allowed|late) to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();
}
