using EcomBot.Bot.Conversation.Support.Policies;

namespace EcomBot.Bot.Tests.Support.Policies;

public sealed class PassageSummaryTests
{
    private const string RefundTiming = """
        How quickly a refund arrives depends on how you paid:
        - Gift card: refunded immediately.
        - Credit card: 5 to 7 business days.
        - PayPal: 5 to 7 business days.
        This applies when a pending order is cancelled and when you switch a pending order to another payment method.
        """;

    [Fact]
    public void ABulletListStaysOneSentenceWithTheLineThatIntroducesIt()
    {
        var sentences = PassageSummary.Sentences("Returns are free. The refund depends on the method:\n- Gift card: now.\n- PayPal: later.\nAsk us anything.");

        Assert.Equal(
            ["Returns are free.", "The refund depends on the method: Gift card: now; PayPal: later.", "Ask us anything."],
            sentences);
    }

    [Fact]
    public void AListWithoutAnIntroductionIsStillOneSentence()
    {
        Assert.Equal(["Email: jane@example.com; Zip code: 12345."], PassageSummary.Sentences("- Email: jane@example.com\n- Zip code: 12345"));
    }

    [Fact]
    public void AGeneralTimingQuestionGetsEveryPaymentMethodNotJustTheFirst()
    {
        var summary = PassageSummary.Summarize("how long do refunds take?", RefundTiming);

        Assert.Contains("Gift card: refunded immediately", summary, StringComparison.Ordinal);
        Assert.Contains("Credit card: 5 to 7 business days", summary, StringComparison.Ordinal);
        Assert.Contains("PayPal: 5 to 7 business days", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ProseIsQuotedBySentencesThatShareTheQuestionsWordsAfterTheRuleTheSectionOpensWith()
    {
        var summary = PassageSummary.Summarize(
            "how do I switch payment method?",
            "Only pending orders can be changed. Refunds take a week. You can switch to another payment method. Shipping is free.");

        Assert.Equal("Only pending orders can be changed. You can switch to another payment method.", summary);
    }

    [Fact]
    public void TheRuleASectionOpensWithComesFirstEvenWhenItSharesNoWordWithTheQuestion()
    {
        var summary = PassageSummary.Summarize(
            "how many days do I have to send something back?",
            "There is no time limit on returns. You can send items back however many days ago they were delivered.");

        Assert.StartsWith("There is no time limit on returns.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceThatPointsBackIsQuotedWithTheSentenceBeforeIt()
    {
        var summary = PassageSummary.Summarize(
            "does this apply when I switch payment method?",
            "Refunds take a week. This applies when you switch to another payment method. Shipping is free.");

        Assert.Equal("Refunds take a week. This applies when you switch to another payment method.", summary);
    }

    [Fact]
    public void AnotherFacetIsTheSentenceWithTheQuestionsWordsTheReplyLacks()
    {
        var facet = PassageSummary.OtherFacet(
            "when will my refund arrive?", "How long a refund takes", RefundTiming, alreadySaid: "We can tell you which refunds were issued.");

        Assert.StartsWith("How quickly a refund arrives depends on how you paid", facet, StringComparison.Ordinal);
    }

    [Fact]
    public void ThereIsNoOtherFacetWhenTheReplyAlreadyHasEveryWordOfTheQuestion()
    {
        Assert.Null(PassageSummary.OtherFacet("can I see my refunds?", "How long a refund takes", RefundTiming, "You can see your refunds."));
    }

    [Fact]
    public void AHeadingNamingTheMissingPartMakesItsSectionAnotherFacet()
    {
        var facet = PassageSummary.OtherFacet(
            "what happens after I return something?", "What happens after you confirm",
            "The order's status changes to \"return requested\".", alreadySaid: "To return something, tell us the order id.");

        Assert.Equal("The order's status changes to \"return requested\".", facet);
    }
}
