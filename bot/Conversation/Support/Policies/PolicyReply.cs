using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Composes the reply to a policy question from the passages <see cref="PolicySearch"/> found: the sentences of the
/// best passage that answer the question, a citation of its article section, then what the customer can do about it;
/// or, when nothing reliable was found, that we would rather not guess. The policy flow and <c>eval policies</c> both
/// use it, so the evaluation measures exactly what customers read.
/// </summary>
public static class PolicyReply
{
    public const string TalkToAPerson = "Talk to a person";

    /// <summary>How many passages to ask <see cref="PolicySearch"/> for.</summary>
    public const int PassagesWanted = 2;

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
        var actions = PolicyActions.For(best.ArticleId);
        var text = PassageSummary.Summarize(question, best.Text);
        if (actions.Count > 0 && actions[0] != TalkToAPerson)
        {
            text += " If you'd like, I can help you with that now.";
        }
        return new BotReply
        {
            Text = text,
            SuggestedActions = [.. actions, .. actions.Contains(TalkToAPerson) ? Array.Empty<string>() : [TalkToAPerson]],
            Citations = [Cite(best)],
        };
    }

    public static Citation Cite(PolicyPassage passage)
    {
        var title = passage.Section == passage.ArticleTitle ? passage.ArticleTitle : $"{passage.ArticleTitle}: {passage.Section}";
        return new Citation(title, HelpArticleEndpoints.UrlFor(passage.Anchor), passage.Text);
    }
}
