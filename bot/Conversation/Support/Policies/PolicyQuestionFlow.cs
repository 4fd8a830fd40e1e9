using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies;

/// <summary>
/// Answers questions about the store's rules from the help articles: the sentences of the best passage that answer
/// the question, a citation of the article section, then what the customer can do about it. No identification is
/// needed. When the articles hold no reliable answer it says so and offers a person.
/// </summary>
public sealed class PolicyQuestionFlow(PolicySearch policies) : IConversationFlow
{
    public const string TalkToAPerson = "Talk to a person";

    public string Name => "policy-question";

    public bool Handles(string intent) => PolicyQuestionIntents.All.Contains(intent);

    public async Task StartAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var answer = await policies.SearchAsync(turn.Message.Text, limit: 2, cancellationToken);
        if (!answer.FoundReliableAnswer)
        {
            turn.Conversation.PersonOffered = nameof(HandoffReason.OutOfScope);
            turn.Say(
                "I couldn't find a reliable answer to that in our help articles, and I'd rather not guess. "
                + "Would you like me to put you in touch with a person?",
                TalkToAPerson, "Start over");
            return;
        }

        var best = answer.Passages[0];
        var actions = PolicyActions.For(best.ArticleId);
        var text = PassageSummary.Summarize(turn.Message.Text, best.Text);
        if (actions.Count > 0 && actions[0] != TalkToAPerson)
        {
            text += " If you'd like, I can help you with that now.";
        }
        turn.Reply(new BotReply
        {
            Text = text,
            SuggestedActions = [.. actions, .. actions.Contains(TalkToAPerson) ? Array.Empty<string>() : [TalkToAPerson]],
            Citations = [Cite(best)],
        });
    }

    /// <summary>A policy answer is one turn; a follow-up question is routed afresh.</summary>
    public Task ContinueAsync(FlowTurn turn, CancellationToken cancellationToken) => StartAsync(turn, cancellationToken);

    public static Citation Cite(PolicyPassage passage)
    {
        var title = passage.Section == passage.ArticleTitle ? passage.ArticleTitle : $"{passage.ArticleTitle}: {passage.Section}";
        return new Citation(title, HelpArticleEndpoints.UrlFor(passage.Anchor), passage.Text);
    }
}
