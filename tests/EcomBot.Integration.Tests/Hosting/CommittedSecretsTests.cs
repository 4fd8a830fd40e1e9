using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using EcomBot.Bot.Hosting;
using EcomBot.TestSupport;

namespace EcomBot.Integration.Tests.Hosting;

/// <summary>A secret set in a settings file kept with the code stops start-up, naming the key; the same secret from the
/// environment (here: in-memory settings, as environment variables are) does not.</summary>
public sealed class CommittedSecretsTests
{
    [Fact]
    public async Task ASecretInASettingsFileFailsStartUpNamingTheKeyAndTheFile()
    {
        using var folder = new TemporaryDirectory();
        var file = Path.Combine(folder.Path, "appsettings.Local.json");
        await File.WriteAllTextAsync(file, """{ "AI": { "ApiKey": "sk-committed-by-mistake" } }""");

        var failure = await StartFailureAsync(builder => builder.Configuration.AddJsonFile(file));

        var validation = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains("AI:ApiKey is set in", validation.Message, StringComparison.Ordinal);
        Assert.Contains("appsettings.Local.json", validation.Message, StringComparison.Ordinal);
        Assert.Contains("AI__ApiKey", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameSecretFromTheEnvironmentStarts()
    {
        var failure = await StartFailureAsync(builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Profiles:AdminApiKey"] = "an-admin-key-of-enough-length" }));

        Assert.Null(failure);
    }

    private static async Task<Exception?> StartFailureAsync(Action<WebApplicationBuilder> configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        configure(builder);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddEcomBot();
        await using var app = builder.Build();
        app.MapEcomBot();
        var failure = await Record.ExceptionAsync(() => app.StartAsync());
        if (failure is null)
        {
            await app.StopAsync();
        }
        return failure;
    }
}
