using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;
using Microsoft.Extensions.Options;
using static EcomBot.TestSupport.FakeIntentClassifier;

namespace EcomBot.Bot.Tests.Routing;

public sealed class TopicSwitchTests
{
    private readonly ScriptedFlow _returns = new("returns", Intents.GetRefund) { StaysActive = true };
    private readonly ScriptedFlow _tracking = new("tracking", Intents.TrackOrder) { StaysActive = true };
    private readonly ConversationData _conversation = new();

    [Fact]
    public async Task AConfidentRequestForAnotherFlowTakesTheTurn()
    {
        var router = Router(new() { ["where is my package"] = Predict(Intents.TrackOrder, 0.97) });

        await Say(router, "where is my package");

        Assert.Equal(["start:where is my package"], _tracking.Turns);
        Assert.Equal("tracking", _conversation.ActiveFlow);
    }

    [Fact]
    public async Task AnUnsureReadingOfAnotherIntentStaysWithTheActiveFlow()
    {
        var router = Router(new() { ["the one that came yesterday"] = Predict(Intents.TrackOrder, 0.6) });

        await Say(router, "the one that came yesterday");

        Assert.Equal(["continue:the one that came yesterday"], _returns.Turns[1..]);
        Assert.Empty(_tracking.Turns);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("No thanks")]
    [InlineData("ok go ahead")]
    [InlineData("2")]
    [InlineData("the second one")]
    public async Task ShortAnswersNeverSwitchTopicsHoweverTheyAreClassified(string answer)
    {
        var router = Router(new() { [answer] = Predict(Intents.TrackOrder, 0.99) });

        await Say(router, answer);

        Assert.Equal($"continue:{answer}", _returns.Turns[^1]);
        Assert.Empty(_tracking.Turns);
    }

    [Theory]
    [InlineData("my email is mei.kovacs@example.com", SlotKeys.Email, "mei.kovacs@example.com")]
    [InlineData("#W2378156", SlotKeys.OrderId, "#W2378156")]
    [InlineData("order number 2378156", SlotKeys.OrderId, "#W2378156")]
    public async Task DetailsGivenOnTheirOwnAreAnswersToTheActiveFlow(string answer, string slot, string value)
    {
        var router = Router(new() { [answer] = Predict(Intents.TrackOrder, 0.95, (slot, value)) });

        await Say(router, answer);

        Assert.Equal($"continue:{answer}", _returns.Turns[^1]);
        Assert.Empty(_tracking.Turns);
    }

    [Fact]
    public async Task ADetailWithANewRequestStillSwitchesTopic()
    {
        var text = "actually where is order #W2378156";
        var router = Router(new() { [text] = Predict(Intents.TrackOrder, 0.96, (SlotKeys.OrderId, "#W2378156")) });

        await Say(router, text);

        Assert.Equal([$"start:{text}"], _tracking.Turns);
    }

    [Fact]
    public async Task ARequestTheActiveFlowHandlesContinuesIt()
    {
        var router = Router(new() { ["I want my money back"] = Predict(Intents.GetRefund, 0.98) });

        await Say(router, "I want my money back");

        Assert.Equal(["start:refund please", "continue:I want my money back"], _returns.Turns);
    }

    [Fact]
    public async Task AnIntentNoFlowHandlesDoesNotEndTheActiveFlow()
    {
        var router = Router(new() { ["tell me a joke"] = Predict(Intents.SmallTalk, 0.99) });

        await Say(router, "tell me a joke");

        Assert.Equal("continue:tell me a joke", _returns.Turns[^1]);
        Assert.Equal("returns", _conversation.ActiveFlow);
    }

    [Theory]
    [InlineData("the Cycling Helmet")]
    [InlineData("original payment method")]
    public async Task NamingAChoiceTheFlowJustOfferedStaysWithTheFlowHoweverItIsClassified(string choice)
    {
        var returns = new ScriptedFlow("returns", Intents.GetRefund) { StaysActive = true, Offers = ["Cycling Helmet 8573379326", "original payment method"] };
        var router = TestApps.Shared.RouterWith(
            new FakeIntentClassifier(new() { ["refund please"] = Predict(Intents.GetRefund, 0.99), [choice] = Predict(Intents.TrackOrder, 0.99) }),
            [returns, _tracking]);

        await Say(router, "refund please");
        await Say(router, choice);

        Assert.Equal(["start:refund please", $"continue:{choice}"], returns.Turns);
        Assert.Empty(_tracking.Turns);
    }

    [Fact]
    public async Task TheTopicButtonsOfTheHelpReplyAreRequestsNotAnswersToTheActiveFlow()
    {
        var router = Router(new() { ["Track my order"] = Predict(Intents.TrackOrder, 0.99) });

        await Say(router, "help");
        await Say(router, "Track my order");

        Assert.Equal(["start:Track my order"], _tracking.Turns);
    }

    [Fact]
    public async Task ARequestThatOnlySharesAWordWithAnOfferedChoiceStillSwitchesTopic()
    {
        var returns = new ScriptedFlow("returns", Intents.GetRefund) { StaysActive = true, Offers = ["Cycling Helmet 8573379326"] };
        var router = TestApps.Shared.RouterWith(
            new FakeIntentClassifier(new()
            {
                ["refund please"] = Predict(Intents.GetRefund, 0.99),
                ["where is my cycling helmet"] = Predict(Intents.TrackOrder, 0.99),
            }),
            [returns, _tracking]);

        await Say(router, "refund please");
        await Say(router, "where is my cycling helmet");

        Assert.Equal(["start:where is my cycling helmet"], _tracking.Turns);
    }

    private ConversationRouter Router(Dictionary<string, IntentPrediction> script)
    {
        script["refund please"] = Predict(Intents.GetRefund, 0.99);
        var router = TestApps.Shared.RouterWith(
            new FakeIntentClassifier(script),
            [_returns, _tracking]);
        Say(router, "refund please").GetAwaiter().GetResult();
        Assert.Equal("returns", _conversation.ActiveFlow);
        return router;
    }

    private Task<IReadOnlyList<BotReply>> Say(ConversationRouter router, string text) =>
        router.RouteAsync(new CustomerMessage(text, "test", "user", "conversation"), _conversation, CancellationToken.None);
}
