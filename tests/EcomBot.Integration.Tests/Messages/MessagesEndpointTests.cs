using System.Net;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Integration.Tests.Messages;

/// <summary><c>POST /api/messages</c> over HTTP, as a Bot Framework channel calls it.</summary>
public sealed class MessagesEndpointTests
{
    private static object Message(string text, string? deliveryMode = "expectReplies") => new
    {
        type = "message",
        id = "activity-1",
        text,
        channelId = "emulator",
        serviceUrl = "http://localhost:1",
        deliveryMode,
        from = new { id = "customer-1", role = "user" },
        recipient = new { id = "bot", role = "bot" },
        conversation = new { id = "conversation-" + Guid.NewGuid().ToString("N") },
    };

    [Fact]
    public async Task AMessageWithExpectRepliesGetsTheBotsReplyInTheResponse()
    {
        using var app = new EcomBotApp();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", BotJson.Body(Message("help")));
        var body = await BotJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var texts = body["activities"]!.AsArray()
            .Where(a => a!["type"]!.GetValue<string>() == "message")
            .Select(a => a!["text"]!.GetValue<string>());
        Assert.Contains(texts, t => t.Contains("Here is what I can do", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"no type\"}")]
    public async Task AMalformedActivityIsAClientErrorNotAServerError(string json)
    {
        using var app = new EcomBotApp();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", BotJson.Raw(json));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task WithAnAppIdARequestWithoutATokenIsUnauthorized()
    {
        using var app = new EcomBotApp(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-password",
        });
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", BotJson.Body(Message("help", deliveryMode: null)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InProductionAnEmptyAppIdFailsStartUpNamingMicrosoftAppId()
    {
        var failure = Assert.IsType<OptionsValidationException>(await StartUp.FailureAsync("Production", new Dictionary<string, string?>
        {
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]),
        }));

        Assert.Contains("MicrosoftAppId", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated", failure.Message, StringComparison.Ordinal);
    }
}
