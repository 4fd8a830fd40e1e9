using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Assistant;

/// <summary>What each provider needs, checked at start-up, naming the key that is missing or wrong.</summary>
public sealed class AssistantOptionsValidator : IValidateOptions<AssistantOptions>
{
    public ValidateOptionsResult Validate(string? name, AssistantOptions options)
    {
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add(options.Provider == ModelProvider.AzureOpenAI
                ? "AI:Model is required: the Azure OpenAI deployment's name."
                : $"AI:Model is required with AI:Provider {options.Provider}: the model's name (for example gpt-4.1-mini, or llama3.1 on Ollama).");
        }
        var endpointNeeded = options.Provider is ModelProvider.AzureOpenAI or ModelProvider.OpenAICompatible;
        if (endpointNeeded && string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add($"AI:Endpoint is required with AI:Provider {options.Provider} (for example http://localhost:11434/v1 for Ollama, "
                + "https://NAME.openai.azure.com/ for Azure OpenAI).");
        }
        if (!string.IsNullOrWhiteSpace(options.Endpoint)
            && (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            failures.Add($"AI:Endpoint must be an absolute http or https address; '{options.Endpoint}' is not.");
        }
        if (options.Provider is ModelProvider.OpenAI or ModelProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"AI:ApiKey is required with AI:Provider {options.Provider}: set it in the environment (AI__ApiKey) or user secrets, never in appsettings.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
