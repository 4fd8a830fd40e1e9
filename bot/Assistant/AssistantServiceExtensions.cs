using EcomBot.Bot.Assistant.Guards;
using EcomBot.Bot.Conversation;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;

namespace EcomBot.Bot.Assistant;

public static class AssistantServiceExtensions
{
    /// <summary>The HTTP client the chat model is reached with.</summary>
    public const string HttpClientName = "chat-model";

    /// <summary>
    /// Registers the chat-model path (<c>AI:*</c>, checked at start-up). With <c>AI:Provider</c> None (the default) the
    /// path is absent and every turn goes to the flows; otherwise the model is reached over an HTTP client with a
    /// per-request timeout and a circuit breaker, and the router gives it the turns <see cref="ModelRouting"/> says.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotAssistant(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AssistantOptions>()
            .BindConfiguration(AssistantOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AssistantOptions>, AssistantOptionsValidator>();
        builder.Services.AddSingleton<AssistantMetrics>();
        builder.Services.AddEcomBotFlow<AssistantChangeFlow>();

        builder.Services.AddHttpClient(HttpClientName)
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
            {
                var configured = services.GetRequiredService<IOptions<AssistantOptions>>().Value;
                var attempt = TimeSpan.FromSeconds(configured.TimeoutSeconds);
                resilience.AttemptTimeout.Timeout = attempt;
                resilience.TotalRequestTimeout.Timeout = attempt * 2 + TimeSpan.FromSeconds(1);
                // Only a server that asks for a moment (429, 503) is asked again; a timeout or an error falls back to the flows.
                resilience.Retry.MaxRetryAttempts = 1;
                resilience.Retry.ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome.Result?.StatusCode is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.ServiceUnavailable);
                resilience.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
            });
        builder.Services.AddSingleton<AssistantPrompt>();
        builder.Services.AddSingleton<ReplyGuard>();
        // Decided when first needed, from the validated options: no model configured, no model path.
        builder.Services.AddSingleton<IAssistantPath>(services =>
            services.GetRequiredService<IOptions<AssistantOptions>>().Value.IsEnabled
                ? ActivatorUtilities.CreateInstance<ModelAssistant>(services, CreateChatModel(services))
                : new NoAssistant());
        return builder;
    }

    private static IChatCompletionService CreateChatModel(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<AssistantOptions>>().Value;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        // The resilience handler times each request; the client's own limit stays out of its way.
        http.Timeout = Timeout.InfiniteTimeSpan;
        return ChatModels.Create(configured, http, services.GetRequiredService<ILoggerFactory>());
    }
}
