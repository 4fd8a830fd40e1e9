using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace EcomBot.Bot.Assistant;

/// <summary>The chat completion service for the configured provider, over the given HTTP client (which carries the
/// timeout and circuit breaker). Every provider speaks OpenAI's chat completions API: requests go to
/// <c>{AI:Endpoint}/chat/completions</c> (Azure: the deployment's path under the resource).</summary>
public static class ChatModels
{
    /// <summary>OpenAI-compatible servers run without a key accept any; the client needs one to send.</summary>
    private const string NoKey = "not-needed";

    public static IChatCompletionService Create(AssistantOptions options, HttpClient http, ILoggerFactory logs)
    {
        var model = options.Model!;
        return options.Provider switch
        {
            ModelProvider.OpenAI or ModelProvider.OpenAICompatible => new OpenAIChatCompletionService(model, OpenAIClientFor(options, http), logs),
            ModelProvider.AzureOpenAI =>
                new AzureOpenAIChatCompletionService(model, options.Endpoint!, options.ApiKey!, modelId: null, http, logs),
            _ => throw new InvalidOperationException($"AI:Provider {options.Provider} has no chat model."),
        };
    }

    private static OpenAIClient OpenAIClientFor(AssistantOptions options, HttpClient http)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            // The HTTP client's resilience handler retries and times requests; the SDK's own would multiply them.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            clientOptions.Endpoint = new Uri(options.Endpoint);
        }
        return new OpenAIClient(new ApiKeyCredential(Key(options)), clientOptions);
    }

    private static string Key(AssistantOptions options) => string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
}
