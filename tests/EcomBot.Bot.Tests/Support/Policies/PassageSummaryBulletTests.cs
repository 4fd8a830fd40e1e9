using EcomBot.Bot.Conversation.Support.Policies;

namespace EcomBot.Bot.Tests.Support.Policies;

public sealed class PassageSummaryBulletTests
{
    private const string RefundTimes =
        "How quickly a refund arrives depends on how you paid:\n- Gift card: refunded immediately.\n- Credit card: 5 to 7 business days.\n"
        + "- PayPal: 5 to 7 business days.\nThis applies when a pending order is cancelled.";

    [Fact]
    public void ABulletListIsOneSentenceWithTheLineThatIntroducesIt()
    {
        var sentences = PassageSummary.Sentences(RefundTimes);

        Assert.Equal(
            ["How quickly a refund arrives depends on how you paid: Gift card: refunded immediately; Credit card: 5 to 7 business days; PayPal: 5 to 7 business days.",
                "This applies when a pending order is cancelled."],
            sentences);
    }

    [Fact]
    public void AQuestionAboutOneMethodStillGetsTheWholeList()
    {
        var summary = PassageSummary.Summarize("when will I get my refund for a paypal payment?", RefundTimes);

        Assert.Contains("Gift card: refunded immediately; Credit card: 5 to 7 business days; PayPal: 5 to 7 business days.", summary, StringComparison.Ordinal);
    }
}
