using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Conversation;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomBot.Tools.Policies;

/// <summary>How the bot did on one question: the passage it answered from, and what its reply missed.</summary>
public sealed partial record PolicyQuestionScore(PolicyQuestionCase Case, string? AnsweredFrom, BotReply Reply, IReadOnlyList<string> MissingFacts, bool Cited)
{
    public bool PassageHit => AnsweredFrom is not null && Case.ExpectedPassages.Contains(AnsweredFrom, StringComparer.Ordinal);

    public bool AnswerCorrect => MissingFacts.Count == 0;

    public bool Perfect => PassageHit && AnswerCorrect && Cited;

    /// <summary>Scores a reply: facts are found ignoring case and line breaks; a citation of any page of an expected article counts.</summary>
    public static PolicyQuestionScore Of(PolicyQuestionCase question, string? answeredFrom, BotReply reply)
    {
        var text = Flatten(reply.Text);
        var missing = question.RequiredFacts.Where(f => !text.Contains(Flatten(f), StringComparison.OrdinalIgnoreCase)).ToList();
        var cited = reply.Citations.Any(c => question.ExpectedArticles.Any(article => Cites(c.Url, article)));
        return new PolicyQuestionScore(question, answeredFrom, reply, missing, cited);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Case.Question}\n    answered from {AnsweredFrom ?? "(nothing reliable)"}{(PassageHit ? "" : $", expected {string.Join(" or ", Case.ExpectedPassages)}")}"
        + $"{(AnswerCorrect ? "" : $"\n    missing: {string.Join(" | ", MissingFacts)}")}{(Cited ? "" : "\n    not cited")}");

    private static bool Cites(string url, string article)
    {
        var page = HelpArticleLinks.UrlFor(article);
        return url == page || url.StartsWith(page + "#", StringComparison.Ordinal);
    }

    private static string Flatten(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
