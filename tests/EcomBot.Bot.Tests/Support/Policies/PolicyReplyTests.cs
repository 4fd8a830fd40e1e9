using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Tests.Support.Policies;

public sealed class PolicyReplyTests
{
    private static readonly PolicyPassage Tracking = Passage("refunds", "Tracking a refund",
        "Ask us about the order and we will tell you its status and payment history, including refunds already issued.", 0.66);

    private static readonly PolicyPassage Timing = Passage("refunds", "How long a refund takes",
        "How quickly a refund arrives depends on how you paid:\n- Gift card: refunded immediately.\n- Credit card: 5 to 7 business days.", 0.64);

    [Fact]
    public void ACloseSectionOfTheSameArticleAnsweringTheRestOfTheQuestionIsQuotedAndCitedToo()
    {
        var reply = PolicyReply.Compose("when will my refund arrive?", new PolicyAnswer([Tracking, Timing], 0.7));

        Assert.StartsWith("Ask us about the order", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Credit card: 5 to 7 business days", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["/help/refunds#tracking-a-refund", "/help/refunds#how-long-a-refund-takes"], reply.Citations.Select(c => c.Url));
    }

    [Fact]
    public void ASectionOfAnotherArticleIsNotAdded()
    {
        var elsewhere = Timing with { ArticleId = "cancellations", Anchor = "cancellations#your-refund-after-cancelling" };

        var reply = PolicyReply.Compose("when will my refund arrive?", new PolicyAnswer([Tracking, elsewhere], 0.7));

        Assert.DoesNotContain("business days", reply.Text, StringComparison.Ordinal);
        Assert.Single(reply.Citations);
    }

    [Fact]
    public void AClearlyLessRelevantSectionIsNotAdded()
    {
        var distant = Timing with { Score = Tracking.Score - PolicyReply.CloseRelevance - 0.01 };

        var reply = PolicyReply.Compose("when will my refund arrive?", new PolicyAnswer([Tracking, distant], 0.7));

        Assert.Single(reply.Citations);
    }

    [Fact]
    public void ASectionThatAddsNothingTheQuestionAskedIsNotAdded()
    {
        var reply = PolicyReply.Compose("can I see my refunds?", new PolicyAnswer([Tracking, Timing], 0.7));

        Assert.DoesNotContain("business days", reply.Text, StringComparison.Ordinal);
        Assert.Single(reply.Citations);
    }

    [Fact]
    public void NothingReliableFoundSaysSoAndOffersAPersonWithoutCiting()
    {
        var reply = PolicyReply.Compose("who won the cup?", new PolicyAnswer([], 0.1));

        Assert.Contains("couldn't find a reliable answer", reply.Text, StringComparison.Ordinal);
        Assert.Contains(PolicyReply.TalkToAPerson, reply.SuggestedActions);
        Assert.Empty(reply.Citations);
    }

    private static PolicyPassage Passage(string article, string section, string text, double score) => new(
        article, "Refunds and when they arrive", section, $"{article}#{section.ToLowerInvariant().Replace(' ', '-')}", text, score, score);
}
