using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation;
using EcomBot.Integration.Tests.Redis;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Journeys;

/// <summary>
/// A return over HTTP with the bot's state and the store's changes in a real redis-server, restarting the app in the
/// middle of the conversation and after it. Mia Moore (mia.moore8091@example.com) is a demo store customer with
/// delivered #W5544629 (Bookshelf, Electric Toothbrush 1583904702 at $195.84, paid with paypal_5181300).
/// </summary>
public sealed class ReturnAcrossRestartsWithRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [RedisFact]
    public async Task AReturnConfirmedAfterARestartIsCarriedOutAndBothTheOrderAndTheConversationSurviveTheNextRestart()
    {
        await redis.FlushAsync();
        var conversationId = ChannelConversation.NewId();
        await using (var beforeRestart = await StartAsync())
        {
            var customer = new ChannelConversation(beforeRestart.CreateClient(), conversationId);
            await customer.SayTextAsync("I want to return the electric toothbrush from order #W5544629");
            var taken = await customer.SayTextAsync("mia.moore8091@example.com");
            Assert.Contains("Returning: Electric Toothbrush", taken, StringComparison.Ordinal);
            var confirm = await customer.SayTextAsync("original payment method");
            Assert.Contains("$195.84 to PayPal", confirm, StringComparison.Ordinal);
        }

        string done;
        await using (var afterRestart = await StartAsync())
        {
            done = await new ChannelConversation(afterRestart.CreateClient(), conversationId).SayTextAsync("yes");
        }

        await using var afterSecondRestart = await StartAsync();
        var order = await afterSecondRestart.Services.GetRequiredService<ICommerceStore>().GetOrderAsync("#W5544629");
        var conversation = await ConversationAsync(afterSecondRestart, conversationId);
        Assert.Contains("#W5544629 is now \"return requested\"", done, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.ReturnRequested, order.Status);
        Assert.Equal(["1583904702"], order.ReturnItems);
        Assert.Equal("paypal_5181300", order.ReturnPaymentMethodId);
        Assert.Equal("mia_moore_8366", conversation.CustomerId);
        Assert.Null(conversation.ActiveFlow);
        Assert.Contains(conversation.Transcript, line => line.From == "customer" && line.Text == "yes");
    }

    private async Task<RedisBotApplication> StartAsync()
    {
        var app = new RedisBotApplication(redis.ConnectionString);
        await ChannelConversation.WhenReadyAsync(app.Services);
        return app;
    }

    private static async Task<ConversationData> ConversationAsync(RedisBotApplication app, string conversationId)
    {
        var storage = app.Services.GetRequiredService<IStorage>();
        var key = $"{ChannelConversation.ChannelId}/conversations/{conversationId}";
        var state = Assert.IsAssignableFrom<IDictionary<string, object>>((await storage.ReadAsync([key]))[key]);
        return Assert.IsType<ConversationData>(state[nameof(ConversationData)]);
    }
}
