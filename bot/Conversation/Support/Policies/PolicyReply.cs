using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Composes the reply to a policy question from the passages <see cref="PolicySearch"/> found: the sentences of the
/// best passage that answer the question, a citation of its article section, then what the customer can do about it;
/// or, for a question about an article's rules as a whole, the rule of each of its sections (<see cref="PolicyOverview"/>);
/// or, when nothing reliable was found, that we would rather not guess. The policy flow and <c>eval policies</c> both
/// use it, so the evaluation measures exactly what customers read.
/// </summary>
public static class PolicyReply
{
    public const string TalkToAPerson = "Talk to a person";

    /// <summary>How many passages to ask <see cref="PolicySearch"/> for: enough for an overview of an article's sections.</summary>
    public const int PassagesWanted = 8;

    /// <summary>
    /// How much less relevant than the best passage a second passage of the same article may be and still be quoted
    /// for a part of the question the best one leaves out: close enough that the search could not tell them apart.
    /// </summary>
    public const double CloseRelevance = 0.05;

    /// <summary>Longest answer text before the offer to act; a second passage is quoted only if it fits.</summary>
    private const int MaxLength = 520;

    public static BotReply Compose(string question, PolicyAnswer answer)
    {
        if (!answer.FoundReliableAnswer)
        {
            return new BotReply
            {
                Text = "I couldn't find a reliable answer to that in our help articles, and I'd rather not guess. "
                    + "Would you like me to put you in touch with a person?",
                SuggestedActions = [TalkToAPerson, "Start over"],
            };
        }

        var best = answer.Passages[0];
        var (text, citations) = OverviewQuestion.Asks(question, best) ? PolicyOverview.Compose(answer.Passages) : Quote(question, answer);
        var actions = PolicyActions.For(best.ArticleId);
        if (actions.Count > 0 && actions[0] != TalkToAPerson)
        {
            text += (text.Contains('\n', StringComparison.Ordinal) ? "\n\n" : " ") + "If you'd like, I can help you with that now.";
        }
        return new BotReply
        {
            Text = text,
            SuggestedActions = [.. actions, .. actions.Contains(TalkToAPerson) ? Array.Empty<string>() : [TalkToAPerson]],
            Citations = citations,
        };
    }

    /// <summary>The request a reply to <paramref name="answer"/> offers to help with now ("Start a return"), which a plain
    /// "yes" on the next turn asks for; null when it offers none.</summary>
    public static string? OfferedAction(PolicyAnswer answer) =>
        answer.FoundReliableAnswer && PolicyActions.For(answer.Passages[0].ArticleId) is [var first, ..] && first != TalkToAPerson ? first : null;

    /// <summary>The sentences of the best passage that answer the question, and of a close second section that answers
    /// the rest of it (see <see cref="SecondFacet"/>), with their citations.</summary>
    private static (string Text, IReadOnlyList<Citation> Citations) Quote(string question, PolicyAnswer answer)
    {
        var best = answer.Passages[0];
        var text = PassageSummary.Summarize(question, best.Text);
        List<Citation> citations = [Cite(best)];
        if (SecondFacet(question, answer, text) is { } facet)
        {
            text += " " + facet.Sentence;
            citations.Add(Cite(facet.Passage));
        }
        return (text, citations);
    }

    public static Citation Cite(PolicyPassage passage)
    {
        var title = passage.Section == passage.ArticleTitle ? passage.ArticleTitle : $"{passage.ArticleTitle}: {passage.Section}";
        return new Citation(title, HelpArticleLinks.UrlFor(passage.Anchor), passage.Text);
    }

    /// <summary>
    /// A sentence from the runner-up passage when it is another section of the same article, about as relevant as the
    /// best, and answers words of the question the reply does not yet: "my refund hasn't arrived" is about tracking a
    /// refund and about how long refunds take, two sections of one article the search ranks side by side.
    /// </summary>
    private static (PolicyPassage Passage, string Sentence)? SecondFacet(string question, PolicyAnswer answer, string said)
    {
        if (answer.Passages.Count < 2)
        {
            return null;
        }
        var (best, second) = (answer.Passages[0], answer.Passages[1]);
        if (second.ArticleId != best.ArticleId || second.Score < best.Score - CloseRelevance)
        {
            return null;
        }
        var sentence = PassageSummary.OtherFacet(question, second.Section, second.Text, said);
        return sentence is not null && said.Length + 1 + sentence.Length <= MaxLength ? (second, sentence) : null;
    }
}
