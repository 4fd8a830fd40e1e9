using EcomBot.Bot.BotFramework;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;

namespace EcomBot.Bot.Tests.BotFramework;

public sealed class BotAuthenticationValidatorTests
{
    private static string? Validate(string environment, Dictionary<string, string?> settings, bool allowUnauthenticated = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var result = new BotAuthenticationValidator(configuration, new Environment(environment))
            .Validate(null, new BotOptions { AllowUnauthenticated = allowUnauthenticated });
        return result.Failed ? result.FailureMessage : null;
    }

    [Fact]
    public void AnEmptyAppIdIsAllowedInDevelopment() =>
        Assert.Null(Validate(Environments.Development, []));

    [Fact]
    public void AnEmptyAppIdInProductionFailsNamingTheKey()
    {
        var failure = Validate(Environments.Production, []);
        Assert.NotNull(failure);
        Assert.Contains("MicrosoftAppId", failure, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyAppIdInProductionIsAllowedWhenExplicitlyAllowed() =>
        Assert.Null(Validate(Environments.Production, [], allowUnauthenticated: true));

    [Fact]
    public void AnAppIdWithoutAPasswordFailsNamingThePassword()
    {
        var failure = Validate(Environments.Production, new() { ["MicrosoftAppId"] = "app" });
        Assert.Contains("MicrosoftAppPassword", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleTenantWithoutATenantFailsNamingTheTenantKey()
    {
        var failure = Validate(Environments.Production, new()
        {
            ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret",
        });
        Assert.Contains("MicrosoftAppTenantId", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownAppTypeFailsNamingTheKey()
    {
        var failure = Validate(Environments.Development, new() { ["MicrosoftAppType"] = "Anonymous" });
        Assert.Contains("MicrosoftAppType 'Anonymous'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void ACompleteMultiTenantSettingPasses() =>
        Assert.Null(Validate(Environments.Production, new()
        {
            ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret",
        }));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "EcomBot.Bot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
