using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Conversation;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Tools.Policies;

/// <summary>
/// How the bot did on one question: the passage it answered from, and what its reply missed. A question the help
/// articles do not answer (no expected passage) is answered right only by saying nothing reliable was found and
/// offering a person, without citing anything.
/// </summary>
public sealed partial record PolicyQuestionScore(PolicyQuestionCase Case, string? AnsweredFrom, BotReply Reply, IReadOnlyList<string> MissingFacts, bool Cited)
{
    public bool PassageHit => Case.Unanswerable
        ? AnsweredFrom is null
        : AnsweredFrom is not null && Case.ExpectedPassages.Contains(AnsweredFrom, StringComparer.Ordinal);

    public bool AnswerCorrect => Case.Unanswerable
        ? AnsweredFrom is null && Reply.SuggestedActions.Contains(PolicyReply.TalkToAPerson)
        : MissingFacts.Count == 0;

    /// <summary>Answered from an article that does not hold the answer (any article, for a question none answers).</summary>
    public bool WrongArticle => AnsweredFrom is not null && !Case.ExpectedArticles.Contains(ArticleOf(AnsweredFrom), StringComparer.Ordinal);

    public bool Perfect => PassageHit && AnswerCorrect && Cited;

    /// <summary>Scores a reply: facts are found ignoring case and line breaks; a citation of any page of an expected article counts.</summary>
    public static PolicyQuestionScore Of(PolicyQuestionCase question, string? answeredFrom, BotReply reply)
    {
        var text = Flatten(reply.Text);
        var missing = question.RequiredFacts.Where(f => !text.Contains(Flatten(f), StringComparison.OrdinalIgnoreCase)).ToList();
        var cited = question.Unanswerable
            ? reply.Citations.Count == 0
            : reply.Citations.Any(c => question.ExpectedArticles.Any(article => Cites(c.Url, article)));
        return new PolicyQuestionScore(question, answeredFrom, reply, missing, cited);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Case.Question}\n    answered from {AnsweredFrom ?? "(nothing reliable)"}{(PassageHit ? "" : $", expected {Expected}")}"
        + $"{(AnswerCorrect || Case.Unanswerable ? "" : $"\n    missing: {string.Join(" | ", MissingFacts)}")}{(Cited ? "" : "\n    not cited")}");

    private string Expected => Case.Unanswerable ? "(nothing reliable)" : string.Join(" or ", Case.ExpectedPassages);

    private static string ArticleOf(string anchor) => anchor.Split('#')[0];

    private static bool Cites(string url, string article)
    {
        var page = HelpArticleLinks.UrlFor(article);
        return url == page || url.StartsWith(page + "#", StringComparison.Ordinal);
    }

    private static string Flatten(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
