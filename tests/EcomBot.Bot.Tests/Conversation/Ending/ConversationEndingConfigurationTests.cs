using EcomBot.Bot.Conversation.Ending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Conversation.Ending;

/// <summary>Wrong Conversation:Idle* settings stop the host at start-up with a message naming the key.</summary>
public sealed class ConversationEndingConfigurationTests
{
    [Theory]
    [InlineData("Conversation:IdleMinutes", "0")]
    [InlineData("Conversation:IdleMinutes", "20000")]
    [InlineData("Conversation:IdleSweepSeconds", "0")]
    public async Task AWrongSettingStopsStartUpNamingTheKey(string key, string value)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create(key, (string?)value)]);
        builder.AddEcomBotConversationEnding();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByDefaultAConversationEndsAfterThirtyQuietMinutes() =>
        Assert.Equal(TimeSpan.FromMinutes(30), new ConversationEndingOptions().IdleTime);
}
