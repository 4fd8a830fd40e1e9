using EcomBot.Bot.Capabilities;
using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Knowledge;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Profiles.Privacy;
using EcomBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Discovery;

public sealed class DiscoveryRegistrationTests
{
    [Theory]
    [InlineData("not a url")]
    [InlineData("")]
    public async Task ACheckoutUrlThatIsNotAUrlFailsAtStartUpNamingTheKey(string value)
    {
        using var host = Build(new Dictionary<string, string?> { ["Cart:CheckoutUrl"] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Cart:CheckoutUrl", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutRedisCartsAreInProcessAndReachThePrivacyEndpoints()
    {
        using var host = Build([]);

        Assert.IsType<InMemoryCartStore>(host.Services.GetRequiredService<ICartStore>());
        Assert.Contains(host.Services.GetServices<IErasable>(), e => e.DataName == "cart");
        Assert.Contains(host.Services.GetServices<IExportable>(), e => e.DataName == "cart");
    }

    [Fact]
    public void WithRedisConfiguredCartsGoToRedis()
    {
        using var host = Build(new Dictionary<string, string?> { ["Redis:ConnectionString"] = "127.0.0.1:1,connectTimeout=100" });

        Assert.IsType<RedisCartStore>(host.Services.GetRequiredService<ICartStore>());
    }

    [Fact]
    public async Task CardButtonMessagesAreReadBeforeTheRegisteredClassifier()
    {
        using var host = Build([]);
        var classifier = host.Services.GetRequiredService<IIntentClassifier>();

        var add = await classifier.ClassifyAsync(CartMessages.Add("1176194968"), CancellationToken.None);
        var other = await classifier.ClassifyAsync("where is my order", CancellationToken.None);

        Assert.IsType<CardButtonIntents>(classifier);
        Assert.Equal((Intents.AddToCart, 1.0), (add.Intent, add.Confidence));
        Assert.Equal(Intents.Unknown, other.Intent);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IIntentClassifier>(new FakeIntentClassifier([]));
        builder.AddEcomBotCommerce();
        builder.AddEcomBotProfiles();
        builder.AddEcomBotKnowledge();
        builder.AddEcomBotCapabilities();
        builder.AddEcomBotConversation();
        builder.AddEcomBotDiscovery();
        return builder.Build();
    }
}
