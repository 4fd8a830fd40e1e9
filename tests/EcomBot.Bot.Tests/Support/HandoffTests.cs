using EcomBot.Bot.Conversation.Routing;
using System.Net;
using System.Text.Json;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Support;

public sealed class HandoffTests
{
    private readonly RecordingHandler _webhook = new();
    private readonly ConversationData _conversation = new() { CustomerId = "noah_brown_6181" };
    private readonly TestApp _app;
    private readonly ConversationRouter _router;

    public HandoffTests()
    {
        _app = TestApp.Create(supportDesk: _webhook);
        _router = _app.RouterWith(
            FakeIntentClassifier.Fixed(new() { ["where is my order"] = ("track_order", 0.95) }),
            [new ScriptedFlow("tracking", "track_order"), _app.Flow<HandoffFlow>()],
            options: new ConversationRouterOptions { UnhelpfulTurnsBeforeOfferingPerson = 2 });
    }

    private async Task<string> Say(string text) => string.Join(" | ",
        (await _router.RouteAsync(new CustomerMessage(text, "webchat", "u1", "conv-1"), _conversation, CancellationToken.None))
        .Select(r => r.Text));

    [Fact]
    public async Task AskingForAPersonPostsAHandoffWithASummaryAndSaysWhatHappensNext()
    {
        await Say("where is my order");
        var reply = await Say("I want to talk to a person");

        Assert.Contains("passed our conversation to our support team", reply, StringComparison.Ordinal);
        Assert.Contains("Your reference is HO-", reply, StringComparison.Ordinal);
        var posted = Assert.Single(_webhook.Bodies);
        var handoff = JsonDocument.Parse(posted).RootElement;
        Assert.Equal("CustomerAsked", handoff.GetProperty("reason").GetString());
        Assert.Equal("noah_brown_6181", handoff.GetProperty("customerId").GetString());
        Assert.Equal("conv-1", handoff.GetProperty("conversationId").GetString());
        var summary = handoff.GetProperty("summary").GetString();
        Assert.Contains("In progress: tracking", summary, StringComparison.Ordinal);
        Assert.Contains("\"where is my order\"", summary, StringComparison.Ordinal);
        Assert.True(handoff.GetProperty("transcript").GetArrayLength() >= 3);
        Assert.Null(_conversation.ActiveFlow);
    }

    [Fact]
    public async Task AfterRepeatedFailureTheBotOffersAPersonAndYesHandsOff()
    {
        await Say("gibberish one");
        var second = await Say("gibberish two");
        Assert.Contains("pass you to a person", second, StringComparison.Ordinal);

        await Say("yes");

        var handoff = JsonDocument.Parse(Assert.Single(_webhook.Bodies)).RootElement;
        Assert.Equal("RepeatedFailure", handoff.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("talk to a person")]
    [InlineData("I want to speak to a human")]
    public async Task ACustomerWhoAsksForAPersonAfterTheBotsOfferIsRecordedAsAskingNotAsARepeatedFailure(string ask)
    {
        await Say("gibberish one");
        Assert.Contains("pass you to a person", await Say("gibberish two"), StringComparison.Ordinal);

        await Say(ask);

        var handoff = JsonDocument.Parse(Assert.Single(_webhook.Bodies)).RootElement;
        Assert.Equal("CustomerAsked", handoff.GetProperty("reason").GetString());
        Assert.Contains("Reason: the customer asked for a person.", handoff.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisibleFrustrationIsMetWithAnOfferOfAPerson()
    {
        var reply = await Say("this is useless, where is my order");
        Assert.Contains("I can see this is frustrating", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pass you to a person", reply, StringComparison.Ordinal);
        Assert.Empty(_webhook.Bodies);

        await Say("yes please");
        var handoff = JsonDocument.Parse(Assert.Single(_webhook.Bodies)).RootElement;
        Assert.Equal("Frustration", handoff.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task YesWithoutAnOfferDoesNotHandOff()
    {
        await Say("yes");
        Assert.Empty(_webhook.Bodies);
    }

    [Fact]
    public async Task AFailingWebhookStillAnswersTheCustomer()
    {
        _webhook.Status = HttpStatusCode.InternalServerError;
        var reply = await Say("talk to a human");
        Assert.Contains("Your reference is HO-", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WHY IS THIS TAKING SO LONG", true)]
    [InlineData("you are not helping", true)]
    [InlineData("where is my order #W1234567", false)]
    [InlineData("I need a return for a terrific lamp", false)]
    public void FrustrationIsSpottedWithoutFlaggingOrdinaryRequests(string text, bool expected) =>
        Assert.Equal(expected, FrustrationSignal.IsFrustrated(text));

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        public HttpStatusCode Status { get; set; } = HttpStatusCode.Accepted;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("http://support-desk.test/handoffs", request.RequestUri!.ToString());
            Bodies.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage(Status);
        }
    }
}
