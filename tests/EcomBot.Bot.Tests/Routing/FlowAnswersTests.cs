using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Tests.Routing;

public sealed class FlowAnswersTests
{
    [Theory]
    [InlineData("Yes")]
    [InlineData("yes please!")]
    [InlineData("nope")]
    [InlineData("3")]
    [InlineData("the first one")]
    [InlineData("19122")]
    [InlineData("it's W2378156")]
    public void ConfirmationsPicksAndBareDetailsAreAnswers(string text) =>
        Assert.True(FlowAnswers.IsAnswer(text, IntentPrediction.Unknown));

    [Fact]
    public void ANameTheClassifierFoundIsAnAnswer()
    {
        var prediction = new IntentPrediction(Intents.Unknown, 0.2, new Dictionary<string, string>
        {
            [SlotKeys.FirstName] = "Yusuf",
            [SlotKeys.LastName] = "Rossi",
        });
        Assert.True(FlowAnswers.IsAnswer("my name is Yusuf Rossi", prediction));
    }

    [Theory]
    [InlineData("the Electric Toothbrush", true)]
    [InlineData("electric toothbrush 1583904702", true)]
    [InlineData("all items please", true)]
    [InlineData("show me electric toothbrushes", false)]
    [InlineData("where is my electric toothbrush", false)]
    public void NamingAnOfferedChoiceInTheCustomersOwnWordsIsAnAnswer(string text, bool expected)
    {
        string[] offered = ["Bookshelf 6735339143", "Electric Toothbrush 1583904702", "all items"];
        Assert.Equal(expected, FlowAnswers.IsAnswer(text, IntentPrediction.Unknown, offered));
    }

    [Theory]
    [InlineData("the helmet one", true)]
    [InlineData("the order with the kettles", true)]
    [InlineData("the 2nd one", true)]
    [InlineData("the pending order", true)]
    [InlineData("show me helmets", false)]
    [InlineData("where is my kettle", false)]
    public void WordsTheFlowSaidPickItsChoicesAreAnswers(string text, bool expected)
    {
        string[] offered = ["#W1000001 (pending)", "#W1000002 (delivered)"];
        string[] choiceWords = ["cycling", "helmet", "electric", "kettle"];
        Assert.Equal(expected, FlowAnswers.IsAnswer(text, IntentPrediction.Unknown, offered, choiceWords));
    }

    [Theory]
    [InlineData("cancel order #W2378156")]
    [InlineData("I want a refund")]
    [InlineData("yes but where is my other order")]
    public void RequestsAreNotAnswers(string text) =>
        Assert.False(FlowAnswers.IsAnswer(text, IntentPrediction.Unknown));

    [Theory]
    [InlineData("show me the receipt for #W1713682", true)]
    [InlineData("ok, can you cancel it", true)]
    [InlineData("I want to return the blender", true)]
    [InlineData("where is my order #W1713682", true)]
    [InlineData("I want it shipped to 12 Main St, Austin TX 78701", false)]
    [InlineData("12 Elm Street, Apt 4, Austin TX 78701", false)]
    [InlineData("Austin", false)]
    [InlineData("the box arrived crushed and the lamp is broken", false)]
    public void ARequestIsToldFromFreeTextAnsweringAQuestion(string text, bool request) =>
        Assert.Equal(request, FlowAnswers.IsRequest(text));
}
