using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Support.Identity;

/// <summary>Wrong Identity:* and Email:* settings stop the host at start-up with a message naming the key.</summary>
public sealed class IdentityConfigurationTests
{
    private static async Task<Exception?> StartAsync(string environment, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddEcomBotCommerce();
        builder.AddEcomBotIdentity();
        using var host = builder.Build();
        try
        {
            await host.StartAsync();
            await host.StopAsync();
            return null;
        }
        catch (Exception failure) when (failure is OptionsValidationException or InvalidOperationException)
        {
            return failure;
        }
    }

    [Theory]
    [InlineData("Identity:Mode", "Sometimes", "Identity:Mode")]
    [InlineData("Identity:CodeLength", "4", "Identity:CodeLength")]
    [InlineData("Identity:BackoffMax", "00:00:10", "Identity:BackoffMax must not be shorter than Identity:BackoffBase")]
    [InlineData("Identity:FailureWindow", "00:30:00", "Identity:FailureWindow must be at least Identity:LockoutDuration")]
    [InlineData("Identity:FreeAttempts", "8", "Identity:FreeAttempts must not be more than Identity:MaxFailuresPerConversation")]
    [InlineData("Email:Delivery", "Smtp", "Email:SmtpHost is required when Email:Delivery is Smtp")]
    [InlineData("Email:From", "the shop", "Email:From is not an email address")]
    [InlineData("Email:SmtpUserName", "shop", "Email:SmtpUserName and Email:SmtpPassword go together")]
    public async Task AWrongSettingStopsStartUpNamingTheKey(string key, string value, string message)
    {
        var failure = await StartAsync("Development", (key, value));

        Assert.NotNull(failure);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifiedEmailWithThePickupFolderStartsInDevelopmentButNotInProduction()
    {
        var development = await StartAsync("Development", ("Identity:Mode", "VerifiedEmail"));
        var production = await StartAsync("Production", ("Identity:Mode", "VerifiedEmail"));

        Assert.Null(development);
        Assert.Contains("Email:Delivery is PickupFolder", production?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifiedEmailWithSmtpStartsInProduction() =>
        Assert.Null(await StartAsync("Production",
            ("Identity:Mode", "VerifiedEmail"), ("Email:Delivery", "Smtp"), ("Email:SmtpHost", "smtp.shop.example")));

    [Fact]
    public async Task TheDefaultsStartInProductionAndIdentifyByEmailOrNameAndZip()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.AddEcomBotCommerce();
        builder.AddEcomBotIdentity();
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(IdentityMode.EmailOrNameZip, host.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Mode);
        Assert.IsType<PickupFolderEmailSender>(host.Services.GetRequiredService<IEmailSender>());
        await host.StopAsync();
    }
}
