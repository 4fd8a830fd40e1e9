using EcomBot.Bot.Conversation;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Conversation;

public sealed class ConversationRouterTests
{
    private static readonly Dictionary<string, (string, double)> Answers = new()
    {
        ["where is my order"] = ("track_order", 0.95),
        ["return something"] = ("get_refund", 0.97),
        ["maybe a refund?"] = ("get_refund", 0.6),
        ["vague"] = ("track_order", 0.2),
        ["thank you so much, that's all"] = ("thanks", 0.98),
        ["hey there, good morning to you"] = ("greeting", 0.9),
    };

    private readonly ConversationData _conversation = new();
    private readonly ConversationRouter _router = TestApps.Shared.RouterWith(
        FakeIntentClassifier.Fixed(Answers),
        [new ScriptedFlow("tracking", "track_order"), new ScriptedFlow("returns", "get_refund")]);

    private async Task<string> Say(string text)
    {
        var replies = await _router.RouteAsync(new CustomerMessage(text, "test", "u1", "c1"), _conversation, CancellationToken.None);
        return string.Join(" | ", replies.Select(r => r.Text));
    }

    [Fact]
    public async Task AConfidentIntentStartsItsFlowAndTheFlowKeepsTheNextTurn()
    {
        Assert.Equal("tracking: which one?", await Say("where is my order"));
        Assert.Equal("tracking", _conversation.ActiveFlow);
        Assert.Equal("tracking: done with the blue one after 1 question(s)", await Say("the blue one"));
        Assert.Null(_conversation.ActiveFlow);
    }

    [Fact]
    public async Task AThankYouIsWelcomedNotMetWithAClarifyingQuestion()
    {
        Assert.Equal(StandardReplies.YouAreWelcome.Text, await Say("thank you so much, that's all"));
        Assert.Equal(0, _conversation.UnhelpfulTurns);
    }

    [Fact]
    public async Task AGreetingTheCommandPhrasesMissAnswersWithTheWelcome() =>
        Assert.Equal(StandardReplies.Welcome.Text, await Say("hey there, good morning to you"));

    [Fact]
    public async Task ALowConfidenceMessageGetsAClarifyingQuestionNotSilence()
    {
        var reply = await Say("vague");
        Assert.StartsWith("Sorry, I'm not sure what you mean", reply, StringComparison.Ordinal);
        Assert.Null(_conversation.ActiveFlow);
    }

    [Fact]
    public async Task AClearTopicChangeTakesTheTurnFromTheActiveFlow()
    {
        await Say("where is my order");
        Assert.Equal("returns: which one?", await Say("return something"));
        Assert.Equal("returns", _conversation.ActiveFlow);
    }

    [Fact]
    public async Task AnUnsureTopicChangeStaysWithTheActiveFlow()
    {
        await Say("where is my order");
        Assert.StartsWith("tracking: done with maybe a refund?", await Say("maybe a refund?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartOverDropsTheActiveFlowAtAnyPoint()
    {
        await Say("where is my order");
        Assert.StartsWith("OK, I've dropped that", await Say("Start over!"), StringComparison.Ordinal);
        Assert.Null(_conversation.ActiveFlow);
        Assert.Null(_conversation.FlowState);
    }

    [Fact]
    public async Task HelpWorksInTheMiddleOfAFlowWithoutEndingIt()
    {
        await Say("where is my order");
        Assert.StartsWith("Here is what I can do", await Say("help"), StringComparison.Ordinal);
        Assert.Equal("tracking", _conversation.ActiveFlow);
    }

    [Fact]
    public async Task RepeatedUnhelpfulTurnsOfferAPerson()
    {
        await Say("where is my order");
        await Say("dunno");
        var second = await Say("dunno");
        Assert.Contains("pass you to a person", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTranscriptRecordsBothSidesAndStaysBounded()
    {
        for (var i = 0; i < ConversationData.TranscriptLimit; i++)
        {
            await Say("help");
        }
        Assert.Equal(ConversationData.TranscriptLimit, _conversation.Transcript.Count);
        Assert.Contains(_conversation.Transcript, l => l.From == "customer" && l.Text == "help");
        Assert.Contains(_conversation.Transcript, l => l.From == "bot");
    }
}
