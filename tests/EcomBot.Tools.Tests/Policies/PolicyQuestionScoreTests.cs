using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Tools.Policies;
using EcomBot.TestSupport;

namespace EcomBot.Tools.Tests.Policies;

public sealed class PolicyQuestionScoreTests
{
    private static readonly PolicyQuestionCase RefundTiming = new(
        "how long does a refund take?",
        ["refunds#how-long-a-refund-takes", "cancellations#your-refund-after-cancelling"],
        ["immediately", "5 to 7 business days"]);

    [Fact]
    public void AReplyWithEveryFactFromTheExpectedPassageCitingItsArticleIsRightOnAllCounts()
    {
        var reply = Reply("A gift card is refunded immediately; a credit card takes 5 to 7 business days.", "/help/refunds#how-long-a-refund-takes");

        var score = PolicyQuestionScore.Of(RefundTiming, "refunds#how-long-a-refund-takes", reply);

        Assert.True(score.PassageHit);
        Assert.True(score.AnswerCorrect);
        Assert.True(score.Cited);
        Assert.True(score.Perfect);
    }

    [Fact]
    public void FactsAreFoundIgnoringCaseAndLineBreaks()
    {
        var reply = Reply("IMMEDIATELY for gift cards, otherwise 5 to 7\nbusiness days.", "/help/refunds");

        Assert.Empty(PolicyQuestionScore.Of(RefundTiming, "refunds#how-long-a-refund-takes", reply).MissingFacts);
    }

    [Fact]
    public void AMissingFactMakesTheAnswerWrongAndIsNamed()
    {
        var reply = Reply("A gift card is refunded immediately.", "/help/refunds#how-long-a-refund-takes");

        var score = PolicyQuestionScore.Of(RefundTiming, "refunds#how-long-a-refund-takes", reply);

        Assert.False(score.AnswerCorrect);
        Assert.Equal(["5 to 7 business days"], score.MissingFacts);
    }

    [Fact]
    public void AnyExpectedPassageCountsAsAHitButAnotherSectionOfTheSameArticleDoesNot()
    {
        var reply = Reply("immediately, or 5 to 7 business days", "/help/cancellations#your-refund-after-cancelling");

        Assert.True(PolicyQuestionScore.Of(RefundTiming, "cancellations#your-refund-after-cancelling", reply).PassageHit);
        Assert.False(PolicyQuestionScore.Of(RefundTiming, "refunds#tracking-a-refund", reply).PassageHit);
        Assert.False(PolicyQuestionScore.Of(RefundTiming, null, reply).PassageHit);
    }

    [Fact]
    public void CitingAnySectionOfAnExpectedArticleCountsButAnArticleWhoseNameStartsTheSameDoesNot()
    {
        var question = RefundTiming with { ExpectedPassages = ["returns#where-the-refund-goes"] };

        Assert.True(PolicyQuestionScore.Of(question, null, Reply("x", "/help/returns#which-orders-can-be-returned")).Cited);
        Assert.False(PolicyQuestionScore.Of(question, null, Reply("x", "/help/returns-abroad#rules")).Cited);
        Assert.False(PolicyQuestionScore.Of(question, null, new BotReply { Text = "x" }).Cited);
    }

    [Fact]
    public void TheSummaryLineGivesEachShareAndTheCount()
    {
        var right = PolicyQuestionScore.Of(RefundTiming, "refunds#how-long-a-refund-takes",
            Reply("immediately or 5 to 7 business days", "/help/refunds#how-long-a-refund-takes"));
        var wrong = PolicyQuestionScore.Of(RefundTiming, "refunds#tracking-a-refund",
            Reply("immediately", "/help/refunds#tracking-a-refund"));

        var scores = new PolicyQuestionScores([right, wrong]);

        Assert.Equal("passage_hit@1=0.500 answer_correct=0.500 cited=1.000 n=2", scores.ToString());
        Assert.Equal([wrong], scores.Misses);
    }

    [Fact]
    public void AQuestionNoArticleAnswersIsRightOnlyWhenTheReplySaysSoOffersAPersonAndCitesNothing()
    {
        var unanswerable = new PolicyQuestionCase("do you ship internationally?", [], []);
        var honest = new BotReply { Text = "I couldn't find a reliable answer.", SuggestedActions = [PolicyReply.TalkToAPerson] };

        var right = PolicyQuestionScore.Of(unanswerable, null, honest);
        var guessed = PolicyQuestionScore.Of(unanswerable, "shipping-and-tracking#tracking-your-order",
            Reply("Tell us your order id.", "/help/shipping-and-tracking#tracking-your-order") with { SuggestedActions = [PolicyReply.TalkToAPerson] });

        Assert.True(right.Perfect);
        Assert.False(right.WrongArticle);
        Assert.False(guessed.PassageHit);
        Assert.False(guessed.AnswerCorrect);
        Assert.False(guessed.Cited);
        Assert.True(guessed.WrongArticle);
    }

    [Fact]
    public void AnAnswerFromAnotherSectionOfAnExpectedArticleIsNotFromTheWrongArticle()
    {
        var reply = Reply("immediately", "/help/refunds#tracking-a-refund");

        Assert.False(PolicyQuestionScore.Of(RefundTiming, "refunds#tracking-a-refund", reply).WrongArticle);
        Assert.True(PolicyQuestionScore.Of(RefundTiming, "returns#where-the-refund-goes", reply).WrongArticle);
        Assert.Equal(1, new PolicyQuestionScores([PolicyQuestionScore.Of(RefundTiming, "returns#where-the-refund-goes", reply)]).FromWrongArticle);
    }

    [Fact]
    public void TheFileFormatHasAlternativePassagesSeparatedBySpacesAndFactsByBars()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "questions.tsv");
        File.WriteAllText(path, "question\texpected_passages\trequired_facts\n"
            + "How long do refunds take?\trefunds#how-long-a-refund-takes cancellations#your-refund-after-cancelling\timmediately | 5 to 7 business days\n");

        var question = Assert.Single(PolicyQuestionCase.ReadTsv(path));

        Assert.Equal("How long do refunds take?", question.Question);
        Assert.Equal(["refunds#how-long-a-refund-takes", "cancellations#your-refund-after-cancelling"], question.ExpectedPassages);
        Assert.Equal(["immediately", "5 to 7 business days"], question.RequiredFacts);
        Assert.Equal(["refunds", "cancellations"], question.ExpectedArticles);
    }

    private static BotReply Reply(string text, string citedUrl) => new() { Text = text, Citations = [new Citation("Refunds", citedUrl)] };
}
