using EcomBot.Bot.Conversation.Support.Feedback;

namespace EcomBot.Bot.Tests.Support.CustomerService;

public sealed class FeedbackFlowTests
{
    private readonly CustomerServiceHarness _bot = new(new()
    {
        ["I want to file a complaint"] = ("complaint", 0.95),
        ["I want to complain about the rude delivery driver"] = ("complaint", 0.95),
        ["your service is terrible"] = ("review", 0.8),
    });

    [Fact]
    public async Task AComplaintThatSaysWhatHappenedIsRepeatedBackAtOnceWithTheOfferOfAPerson()
    {
        var answer = await _bot.Say("I want to complain about the rude delivery driver");

        Assert.Contains("Here is what I heard: \"I want to complain about the rude delivery driver\"", answer, StringComparison.Ordinal);
        Assert.Equal("Complaint", _bot.Conversation.PersonOffered);
    }

    [Fact]
    public async Task DecliningThePersonPassesNothingOnAndEndsTheComplaint()
    {
        await _bot.Say("I want to file a complaint");
        await _bot.Say("my parcel never arrived");

        Assert.Contains("I haven't passed it on", await _bot.Say("No thanks"), StringComparison.Ordinal);
        Assert.Null(_bot.Conversation.ActiveFlow);
        Assert.Null(_bot.Conversation.PersonOffered);
    }

    [Fact]
    public async Task AnAngryReviewIsTreatedAsAComplaint()
    {
        var answer = await _bot.Say("your service is terrible");

        Assert.Contains("I'm sorry about this", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you for wanting to share", answer, StringComparison.Ordinal);
        Assert.Equal("Complaint", _bot.Conversation.PersonOffered);
    }

    [Theory]
    [InlineData("I want to file a complaint", false)]
    [InlineData("I'd like to make a formal complaint please", false)]
    [InlineData("how can I complain", false)]
    [InlineData("I have a complaint about order #W6893533", false)]
    [InlineData("the courier was rude to me", true)]
    [InlineData("I want to complain about a broken lamp", true)]
    public void AComplaintSaysWhatHappenedOnlyWhenItNamesMoreThanTheWishToComplain(string text, bool saysWhatHappened) =>
        Assert.Equal(saysWhatHappened, ComplaintReply.SaysWhatHappened(text));
}
