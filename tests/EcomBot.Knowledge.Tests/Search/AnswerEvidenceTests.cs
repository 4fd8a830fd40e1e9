using EcomBot.Knowledge.Search;

namespace EcomBot.Knowledge.Tests.Search;

public sealed class AnswerEvidenceTests
{
    private static readonly PolicyPassage Tracking = Passage("Tracking your order",
        "Tell us your order id and we will give you its status and the tracking id of each shipment.", 0.42);

    [Fact]
    public void APassageOnlyLooselyCloseThatSharesNoWordWithTheQuestionIsNoAnswer()
    {
        Assert.Empty(AnswerEvidence.Supporting("is there a loyalty programme?", [Tracking]));
    }

    [Fact]
    public void APassageUsingTwoOfTheQuestionsWordsIsAnAnswerHoweverLooselyClose()
    {
        var distant = Tracking with { Score = 0.31 };

        Assert.Equal([distant], AnswerEvidence.Supporting("where can I see the tracking id of my shipment?", [distant]));
    }

    [Fact]
    public void OneWordInCommonIsEnoughForAFairlyClosePassageButNotForADistantOne()
    {
        const string question = "how will I know my status?";

        Assert.Equal([Tracking with { Score = 0.47 }], AnswerEvidence.Supporting(question, [Tracking with { Score = 0.47 }]));
        Assert.Empty(AnswerEvidence.Supporting(question, [Tracking with { Score = 0.40 }]));
    }

    [Fact]
    public void AVeryClosePassageIsAnAnswerWithoutAWordInCommon()
    {
        var close = Tracking with { Score = AnswerEvidence.CloseEnoughAlone };

        Assert.Equal([close], AnswerEvidence.Supporting("where is my parcel?", [close]));
    }

    [Fact]
    public void TheArticleTitleAndWordsThatOnlyNameAKindOfQuestionAreNoSign()
    {
        Assert.Empty(AnswerEvidence.Supporting("what is your shipping policy for an order?", [Tracking]));
    }

    [Fact]
    public void AQuestionWhetherTheStoreOffersSomethingNeedsAPassageNamingAllOfIt()
    {
        var shipment = Tracking with { Score = 0.7 };

        Assert.Empty(AnswerEvidence.Supporting("do you offer tracking by text message?", [shipment]));
        Assert.Equal([shipment], AnswerEvidence.Supporting("do you provide a tracking id for each shipment?", [shipment]));
    }

    [Fact]
    public void ARuleQuestionStartingLikeAnOfferIsNotOne()
    {
        var close = Tracking with { Score = 0.5 };

        Assert.Equal([close], AnswerEvidence.Supporting("do you need my order id to tell me its status?", [close]));
        Assert.Equal([close], AnswerEvidence.Supporting("do you have to know the order id for the status?", [close]));
    }

    private static PolicyPassage Passage(string section, string text, double score) =>
        new("shipping-and-tracking", "Shipping and tracking", section, "shipping-and-tracking#x", text, score, score);
}
