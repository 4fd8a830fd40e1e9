using EcomBot.Bot.Capabilities;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Knowledge;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Conversation.Discovery.Recommendations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Recommendations;

public sealed class RecommendationsRegistrationTests
{
    [Theory]
    [InlineData("Recommendations:CoPurchaseWeight", "-1")]
    [InlineData("Recommendations:CardCount", "0")]
    [InlineData("Recommendations:MinimumCoPurchases", "0")]
    public async Task AWrongSettingFailsAtStartUpNamingTheKey(string key, string value)
    {
        using var host = Build(new() { [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredConsumablesReplaceTheDefaultsRatherThanAddingToThem()
    {
        using var host = Build(new() { ["Recommendations:ConsumableProductTypes:0"] = "Water Bottle" });

        var options = host.Services.GetRequiredService<IOptions<RecommendationOptions>>().Value;

        Assert.True(options.IsConsumable("water bottle"));
        Assert.False(options.IsConsumable("Notebook"));
    }

    [Fact]
    public void TheRecommendFlowIsRegisteredForTheRecommendIntent()
    {
        using var host = Build([]);

        var flows = host.Services.GetServices<IConversationFlow>();

        Assert.Contains(flows, f => f is RecommendFlow && f.Descriptor.Intents.Contains("recommend"));
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddEcomBotCommerce();
        builder.AddEcomBotProfiles();
        builder.AddEcomBotKnowledge();
        builder.AddEcomBotCapabilities();
        builder.AddEcomBotConversation();
        builder.AddEcomBotDiscovery();
        return builder.Build();
    }
}
