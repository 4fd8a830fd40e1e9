using System.Text;
using EcomBot.Bot.BotFramework;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace EcomBot.Bot.Tests.BotFramework;

public sealed class AdapterErrorHandlingTests
{
    [Fact]
    public async Task AFailedTurnApologisesAndClearsTheConversationState()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var adapter = new EcomBotAdapter(
            new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()),
            conversationState,
            Options.Create(new BotOptions { TypingDelayMilliseconds = 5000 }),
            NullLogger<EcomBotAdapter>.Instance);
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "boom",
            ChannelId = "test",
            ServiceUrl = "http://localhost/",
            DeliveryMode = DeliveryModes.ExpectReplies,
            From = new ChannelAccount("u1"),
            Recipient = new ChannelAccount("bot"),
            Conversation = new ConversationAccount(id: "c1"),
        };
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity)));
        http.Response.Body = new MemoryStream();

        await adapter.ProcessAsync(http.Request, http.Response, new FailingBot(conversationState), CancellationToken.None);

        http.Response.Body.Position = 0;
        var body = JObject.Parse(await new StreamReader(http.Response.Body).ReadToEndAsync());
        var replies = body["activities"]!.Select(a => (string?)a["text"]).ToList();
        Assert.Contains(replies, t => t is not null && t.StartsWith("Sorry, something went wrong", StringComparison.Ordinal));
        var stored = await storage.ReadAsync(["test/conversations/c1"], CancellationToken.None);
        Assert.Empty(stored);
    }

    private sealed class FailingBot(ConversationState conversationState) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await conversationState.CreateProperty<string>("progress").SetAsync(turnContext, "half way", cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
            throw new InvalidOperationException("flow bug");
        }
    }
}
