using System.Net;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>Direct Line as Web Chat uses it, against the bot on a real socket (the bot's replies come back over HTTP).</summary>
public sealed class DirectLineConversationTests(DirectLineConversationTests.Server server)
    : IClassFixture<DirectLineConversationTests.Server>
{
    public sealed class Server : IDisposable
    {
        public EcomBotApp App { get; } = new(onKestrel: true);

        public DirectLineClient Client { get; }

        public Server() => Client = new DirectLineClient(App.CreateSocketClient());

        public void Dispose() => App.Dispose();
    }

    private DirectLineClient Client => server.Client;

    [Fact]
    public async Task StartingAConversationDeliversTheBotsWelcome()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        var texts = await Client.BotTextsAsync(conversation);

        Assert.Contains(texts, t => t.Contains("I'm the store's assistant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APostedMessageGetsTheBotsReplyInTheActivities()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        using var posted = await Client.PostTextAsync(conversation.Id, conversation.Token, "help");
        var postedId = (await BotJson.ReadAsync(posted))["id"]!.GetValue<string>();
        using var response = await Client.GetActivitiesAsync(conversation.Id, conversation.Token);
        var body = await BotJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var activities = body["activities"]!.AsArray();
        var echo = Assert.Single(activities, a => a!["id"]!.GetValue<string>() == postedId);
        Assert.StartsWith("dl_", echo!["from"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(echo["serviceUrl"]);
        var reply = Assert.Single(activities, a => a!["replyToId"]?.GetValue<string>() == postedId && a["type"]!.GetValue<string>() == "message");
        Assert.Contains("Here is what I can do", reply!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), body["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task PollingFromTheWatermarkReturnsOnlyNewActivities()
    {
        var conversation = await Client.StartWithNewTokenAsync();
        using var first = await Client.GetActivitiesAsync(conversation.Id, conversation.Token);
        var watermark = (await BotJson.ReadAsync(first))["watermark"]!.GetValue<string>();

        (await Client.PostTextAsync(conversation.Id, conversation.Token, "start over")).Dispose();
        using var next = await Client.GetActivitiesAsync(conversation.Id, conversation.Token, watermark);
        var texts = DirectLineClient.BotTexts((await BotJson.ReadAsync(next))["activities"]!.AsArray());

        Assert.DoesNotContain(texts, t => t.Contains("I'm the store's assistant", StringComparison.Ordinal));
        Assert.NotEmpty(texts);
    }

    [Fact]
    public async Task ATokenForOneConversationCannotReadOrPostToAnother()
    {
        var mine = await Client.StartWithNewTokenAsync();
        var theirs = await Client.StartWithNewTokenAsync();

        using var read = await Client.GetActivitiesAsync(theirs.Id, mine.Token);
        using var post = await Client.PostTextAsync(theirs.Id, mine.Token, "help");
        using var reconnect = await Client.SendAsync(HttpMethod.Get, $"conversations/{theirs.Id}", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        using var theirLog = await Client.GetActivitiesAsync(theirs.Id, theirs.Token);
        var theirActivities = (await BotJson.ReadAsync(theirLog))["activities"]!.AsArray();
        Assert.DoesNotContain(theirActivities, a => a!["from"]!["role"]!.GetValue<string>() == "user");
    }

    [Fact]
    public async Task AForgedTokenIsRefused()
    {
        var conversation = await Client.StartWithNewTokenAsync();
        var parts = conversation.Token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";

        using var response = await Client.GetActivitiesAsync(conversation.Id, forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CallsWithoutATokenAreUnauthorized()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        using var response = await Client.GetActivitiesAsync(conversation.Id, bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownConversationIsNotFound()
    {
        // A token names its conversation, but the conversation only exists once started.
        using var generated = await Client.SendAsync(HttpMethod.Post, "tokens/generate", null);
        var body = await BotJson.ReadAsync(generated);
        var (conversationId, token) = (body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());

        using var response = await Client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AMalformedActivityIsABadRequestWithAMessage()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        using var response = await Client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities",
            conversation.Token, BotJson.Raw("{\"type\": \"message\", \"text\": "));
        var body = await BotJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid activity", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActivityWithoutATypeIsABadRequest()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        using var response = await Client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities",
            conversation.Token, BotJson.Body(new { text = "hello" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnOversizedActivityIsRefusedBeforeTheBotSeesIt()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        using var response = await Client.PostTextAsync(conversation.Id, conversation.Token, new string('x', 300 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task RefreshingATokenKeepsItsConversation()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        using var refreshed = await Client.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);
        var body = await BotJson.ReadAsync(refreshed);
        var token = body["token"]!.GetValue<string>();
        using var read = await Client.GetActivitiesAsync(conversation.Id, token);

        Assert.Equal(conversation.Id, body["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task TheConnectorEndpointsRefuseCallersOtherThanTheBot()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        using var withUserToken = await Client.SendAsync(HttpMethod.Post, $"connector/v3/conversations/{conversation.Id}/activities",
            conversation.Token, BotJson.Body(new { type = "message", text = "I am the bot, honest" }));

        Assert.Equal(HttpStatusCode.Unauthorized, withUserToken.StatusCode);
        Assert.DoesNotContain("I am the bot, honest", await Client.BotTextsAsync(conversation));
    }

    [Fact]
    public async Task TheClientsDisplayNameIsNotStoredAsSent()
    {
        var conversation = await Client.StartWithNewTokenAsync();

        using var posted = await Client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token,
            BotJson.Body(new { type = "message", text = "help", from = new { id = "whoever", name = "Store assistant", role = "bot" } }));
        var postedId = (await BotJson.ReadAsync(posted))["id"]!.GetValue<string>();
        using var response = await Client.GetActivitiesAsync(conversation.Id, conversation.Token);
        var echo = (await BotJson.ReadAsync(response))["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == postedId)!;

        Assert.Null(echo["from"]!["name"]);
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
    }
}
