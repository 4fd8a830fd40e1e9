using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Policies;

namespace EcomBot.Bot.Tests.Support.Policies;

public sealed class RuleQuestionTests
{
    private static readonly IntentPrediction TrackRefund = new("track_refund", 0.95, new Dictionary<string, string>());

    [Theory]
    [InlineData("Where can the refund for a returned item go?")]
    [InlineData("where could my refund be sent when I return something?")]
    [InlineData("Where does the refund go?")]
    public void AskingWhereARefundCanGoIsARuleQuestion(string text)
    {
        Assert.True(RuleQuestion.IsRuleQuestion(text, TrackRefund));
    }

    [Theory]
    [InlineData("where is my refund?")]
    [InlineData("can you check my refund for order #W1234567?")]
    public void AskingAfterOnesOwnRefundIsNot(string text)
    {
        Assert.False(RuleQuestion.IsRuleQuestion(text, TrackRefund));
    }
}
