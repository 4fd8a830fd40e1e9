using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Account;
using EcomBot.Bot.Conversation.Support.Ordering;
using EcomBot.Bot.Conversation.Support.Payments;
using EcomBot.Bot.Tests.Commerce;
using EcomBot.Bot.Tests.Support.Policies;

namespace EcomBot.Bot.Tests.Support.CustomerService;

/// <summary>The answers that take one turn: sign-up and password questions, payment problems and how to order.</summary>
public sealed class OneTurnAnswerTests
{
    private readonly ConversationData _conversation = new();

    [Theory]
    [InlineData(AccountQuestionsFlow.CreateAccount, "You don't need an account to shop here")]
    [InlineData(AccountQuestionsFlow.RecoverPassword, "There's no password to recover")]
    [InlineData(AccountQuestionsFlow.RegistrationProblems, "You don't need to register")]
    [InlineData(AccountQuestionsFlow.SwitchAccount, "There's nothing to log out of")]
    public async Task EachAccountQuestionIsAnsweredForAStoreWithoutOnlineAccounts(string intent, string expected)
    {
        var flow = TestApps.Shared.Flow<AccountQuestionsFlow>();
        var turn = Turn(flow, "account question", intent);

        await flow.StartAsync(turn, CancellationToken.None);

        Assert.StartsWith(expected, Assert.Single(turn.Replies).Text, StringComparison.Ordinal);
        Assert.Null(_conversation.ActiveFlow);
    }

    [Fact]
    public async Task OnlyARegistrationProblemMakesTheOfferOfAPersonThatAYesAccepts()
    {
        var flow = TestApps.Shared.Flow<AccountQuestionsFlow>();
        await flow.StartAsync(Turn(flow, "I can't register", AccountQuestionsFlow.RegistrationProblems), CancellationToken.None);

        Assert.Equal("OutOfScope", _conversation.PersonOffered);
    }

    [Fact]
    public async Task APaymentProblemNamesTheSavedMethodsCitesTheArticleAndOffersAPerson()
    {
        var flow = TestApps.Shared.Flow<PaymentIssueFlow>();
        var turn = Turn(flow, "my card was declined", PaymentIssueFlow.PaymentIssue);

        await flow.StartAsync(turn, CancellationToken.None);

        var reply = Assert.Single(turn.Replies);
        Assert.Contains("a credit card, PayPal or a gift card", reply.Text, StringComparison.Ordinal);
        Assert.Equal("/help/changing-an-order#changing-the-payment-method", Assert.Single(reply.Citations).Url);
        Assert.Equal("PaymentProblem", _conversation.PersonOffered);
    }

    [Fact]
    public async Task HowToOrderListsTheStepsAndSaysTheDemoCheckOutPlacesNoOrder()
    {
        var flow = TestApps.Shared.Flow<HowToOrderFlow>();
        var turn = Turn(flow, "how do I place an order?", HowToOrderFlow.PlaceOrder);

        await flow.StartAsync(turn, CancellationToken.None);

        var reply = Assert.Single(turn.Replies);
        Assert.Contains("say \"check out\" when your cart is ready", reply.Text, StringComparison.Ordinal);
        Assert.Contains("places no real order", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["Find a product", "view cart"], reply.SuggestedActions);
    }

    private FlowTurn Turn(IConversationFlow flow, string text, string intent) => TestApps.Shared.Turn(
        flow,
        new CustomerMessage(text, "webchat", "u1", "c1"),
        new IntentPrediction(intent, 0.95, new Dictionary<string, string>()),
        _conversation);
}
