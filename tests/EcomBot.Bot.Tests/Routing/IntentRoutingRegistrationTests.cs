using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Routing;

public sealed class IntentRoutingRegistrationTests
{
    [Fact]
    public void TheLearnedClassifierReplacesTheUntrainedOneWhicheverIsRegisteredFirst()
    {
        var before = Host.CreateApplicationBuilder();
        before.AddEcomBotIntentRouting();
        before.AddEcomBotConversation();
        var after = Host.CreateApplicationBuilder();
        after.AddEcomBotConversation();
        after.AddEcomBotIntentRouting();

        foreach (var builder in new[] { before, after })
        {
            var registrations = builder.Services.Where(d => d.ServiceType == typeof(IIntentClassifier)).ToList();
            Assert.Equal(typeof(LearnedIntentClassifier), Assert.Single(registrations).ImplementationType);
        }
    }

    [Fact]
    public async Task AMissingCatalogueFailsStartUpNamingTheSetting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["IntentRouting:ProductCatalogPath"] = "/nowhere/db.json";
        builder.AddEcomBotIntentRouting();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("IntentRouting:ProductCatalogPath", error.Message);
    }

    [Fact]
    public void AnOutOfRangeHyperparameterFailsValidation()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["IntentRouting:HashBits"] = "40";
        builder.AddEcomBotIntentRouting();
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<IntentRoutingOptions>>().Value);

        Assert.Contains("HashBits", error.Message);
    }
}
