using EcomBot.Bot.Conversation.Changes;

namespace EcomBot.Bot.Tests.Conversation.Changes;

public sealed class ProposalRejectionTests
{
    [Theory]
    [InlineData("No, that's not the order I mean.", RejectedPart.Order)]
    [InlineData("wrong order", RejectedPart.Order)]
    [InlineData("no, I meant another order", RejectedPart.Order)]
    [InlineData("No, those aren't the items I mean.", RejectedPart.Items)]
    [InlineData("not those items", RejectedPart.Items)]
    [InlineData("no, the items are wrong", RejectedPart.Items)]
    public void ANoThatSaysWhatIsWrongNamesThatPart(string answer, RejectedPart wrong) =>
        Assert.Equal(wrong, ProposalRejection.Read(answer));

    [Theory]
    [InlineData("no")]
    [InlineData("No, not that payment method.")]
    [InlineData("no thanks")]
    public void APlainNoNamesNoPart(string answer) => Assert.Null(ProposalRejection.Read(answer));

    [Theory]
    [InlineData("no, stop", true)]
    [InlineData("forget it", true)]
    [InlineData("no", false)]
    public void ANoThatStopsTheWholeRequestIsTold(string answer, bool stops) => Assert.Equal(stops, ProposalRejection.Stops(answer));
}
