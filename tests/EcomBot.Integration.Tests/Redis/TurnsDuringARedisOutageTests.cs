using System.Diagnostics;
using EcomBot.Bot.BotFramework;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Journeys;
using EcomBot.Integration.Tests.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Redis;

/// <summary>
/// The bot's Redis (persistent, as production runs it) is killed in the middle of a conversation and brought back on
/// the same port. Raj Sanchez (raj.sanchez2046@example.com) cancels pending #W4566809 before the outage; during it he
/// asks a policy and a product question, for his cart and about that order; afterwards the conversation goes on where it was.
/// </summary>
public sealed class TurnsDuringARedisOutageTests : IAsyncLifetime
{
    private const string Order = "#W4566809";

    /// <summary>Generous on purpose (a shared build machine); a turn that waited for Redis took 10 to 12 s.</summary>
    private static readonly TimeSpan QuickTurn = TimeSpan.FromSeconds(3);

    private RedisServer? _redis;
    private EcomBotApp? _app;

    private RedisServer Redis => _redis!;

    private EcomBotApp App => _app!;

    public async Task InitializeAsync()
    {
        if (RedisServer.FindExecutable() is null && !RedisServer.IsContinuousIntegration)
        {
            return;
        }
        _redis = await RedisServer.StartAsync(persistent: true);
        _app = new EcomBotApp(settings: new Dictionary<string, string?> { ["Redis:ConnectionString"] = _redis.ConnectionString });
        await ChannelConversation.WhenReadyAsync(_app.Services);
    }

    [RedisFact]
    public async Task TurnsKeepAnsweringQuicklyOrderActionsWaitAndWhatWasConfirmedIsThereAfterTheRestart()
    {
        var raj = new ChannelConversation(App.CreateClient(), ChannelConversation.NewId());
        await raj.SayTextAsync($"cancel order {Order}");
        await raj.SayTextAsync("raj.sanchez2046@example.com");
        await raj.SayTextAsync("no longer needed");
        Assert.Contains("is now cancelled", await raj.SayTextAsync("yes"), StringComparison.Ordinal);

        Redis.Kill();
        var policy = await TimedAsync(raj, "How long does a refund to my credit card take?");
        var product = await TimedAsync(raj, "red t-shirt size L");
        var cart = await TimedAsync(raj, "view cart");
        var asked = await TimedAsync(raj, $"where is my order {Order}?");
        var identified = await TimedAsync(raj, "raj.sanchez2046@example.com");

        Assert.Equal(StoreOutage.CannotRemember.Text, policy[0].Text);
        Assert.Contains("5 to 7 business days", string.Join("\n", policy.Skip(1).Select(r => r.Text)), StringComparison.Ordinal);
        Assert.All(product.Concat(cart).Concat(asked).Concat(identified), reply => Assert.NotEqual(StoreOutage.CannotRemember.Text, reply.Text));
        Assert.DoesNotContain(product, reply => reply.Text.Contains("can't reach our records", StringComparison.Ordinal));
        Assert.Contains("has to wait: nothing has been changed", Assert.Single(cart).Text, StringComparison.Ordinal);
        Assert.Contains("confirm who you are", asked[0].Text, StringComparison.Ordinal);
        var refusal = Assert.Single(identified).Text;
        Assert.Contains("has to wait: nothing has been changed", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("pending", refusal, StringComparison.Ordinal);

        await Redis.RestartAsync();
        await Eventually.ReadyAsync(App.CreateClient());
        var afterwards = await raj.SayTextAsync($"where is my order {Order}?");

        Assert.Equal(OrderStatus.Cancelled, (await App.Services.GetRequiredService<ICommerceStore>().GetOrderAsync(Order)).Status);
        Assert.DoesNotContain("confirm who you are", afterwards, StringComparison.Ordinal);
        Assert.Contains($"Order {Order} is cancelled", afterwards, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private static async Task<IReadOnlyList<ChannelReply>> TimedAsync(ChannelConversation conversation, string text)
    {
        var clock = Stopwatch.StartNew();
        var replies = await conversation.SayAsync(text);
        Assert.True(clock.Elapsed < QuickTurn, $"\"{text}\" took {clock.Elapsed.TotalSeconds:0.0} s while Redis was down.");
        return replies;
    }
}
