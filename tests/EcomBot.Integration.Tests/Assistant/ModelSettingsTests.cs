using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Integration.Tests.Assistant;

/// <summary>A wrong <c>AI:*</c> setting fails start-up, naming the key.</summary>
public sealed class ModelSettingsTests
{
    [Theory]
    [InlineData("OpenAICompatible", null, "llama3.1", null, "AI:Endpoint")]
    [InlineData("AzureOpenAI", "https://shop.openai.azure.com/", "chat", null, "AI:ApiKey")]
    [InlineData("OpenAI", null, null, "sk-test", "AI:Model")]
    [InlineData("OpenAICompatible", "localhost:11434", "llama3.1", null, "AI:Endpoint")]
    public async Task AMissingOrMalformedSettingFailsStartUpNamingTheKey(string provider, string? endpoint, string? model, string? key, string named)
    {
        var failure = Unwrapped(await StartUp.FailureAsync("Development", new Dictionary<string, string?>
        {
            ["AI:Provider"] = provider,
            ["AI:Endpoint"] = endpoint,
            ["AI:Model"] = model,
            ["AI:ApiKey"] = key,
        }));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutOfRangeLimitFailsStartUpNamingTheKey()
    {
        var failure = Unwrapped(await StartUp.FailureAsync("Development", new Dictionary<string, string?>
        {
            ["AI:Provider"] = "OpenAICompatible",
            ["AI:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["AI:Model"] = "llama3.1",
            ["AI:MaxToolRounds"] = "0",
        }));

        Assert.Contains("AI:MaxToolRounds", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>The validation failures start-up reported: the options' own check and, when the model's HTTP client reads
    /// the same options for its timeouts, the same failure again.</summary>
    private static OptionsValidationException Unwrapped(Exception failure) => failure is AggregateException many
        ? Assert.IsType<OptionsValidationException>(Assert.Single(many.InnerExceptions.DistinctBy(e => e.Message)))
        : Assert.IsType<OptionsValidationException>(failure);
}
