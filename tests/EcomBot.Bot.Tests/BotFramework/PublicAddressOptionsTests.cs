using EcomBot.Bot.BotFramework;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.BotFramework;

/// <summary>A <c>Bot:PublicUrl</c> that is no web address stops the host at start-up, naming the key.</summary>
public sealed class PublicAddressOptionsTests
{
    [Theory]
    [InlineData("shop.example.com")]
    [InlineData("/help/")]
    public async Task APublicUrlThatIsNoWebAddressStopsStartUpNamingTheKey(string value)
    {
        // Production builds the host without resolving every service first (only the bot's framework part is added here).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection([
            KeyValuePair.Create("Bot:PublicUrl", (string?)value), KeyValuePair.Create("Bot:AllowUnauthenticated", (string?)"true")]);
        builder.AddEcomBotFramework();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:PublicUrl", failure.Message, StringComparison.Ordinal);
    }
}
