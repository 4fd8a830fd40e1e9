using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Assistant;

/// <summary>Which chat model, if any, holds free-form conversations.</summary>
public enum ModelProvider
{
    /// <summary>No model: every turn goes to the deterministic flows.</summary>
    None,
    OpenAI,
    AzureOpenAI,

    /// <summary>A server that speaks OpenAI's chat completions API (Ollama, vLLM, llama.cpp's server, LM Studio).</summary>
    OpenAICompatible,
}

/// <summary>Who takes a turn when a model is configured.</summary>
public enum ModelRouting
{
    /// <summary>The model takes every turn except commands, the yes or no to a proposed change and identification.</summary>
    ModelFirst,

    /// <summary>The flows keep every turn they recognise; the model answers the rest.</summary>
    FlowsFirst,
}

/// <summary>The chat model (<c>AI:*</c>). The key comes from the environment or user secrets only.</summary>
public sealed class AssistantOptions
{
    public const string SectionName = "AI";

    public ModelProvider Provider { get; set; } = ModelProvider.None;

    /// <summary>The API's base address: required for Azure OpenAI and OpenAI-compatible servers
    /// (for example <c>http://localhost:11434/v1</c> for Ollama); OpenAI's own when empty.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model's name; for Azure OpenAI, the deployment's name.</summary>
    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    [Range(1, 600, ErrorMessage = "AI:TimeoutSeconds must be between 1 and 600.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Most model requests in one turn (each after a round of function calls).</summary>
    [Range(1, 20, ErrorMessage = "AI:MaxToolRounds must be between 1 and 20.")]
    public int MaxToolRounds { get; set; } = 6;

    /// <summary>Tokens one conversation may spend; past it the deterministic path answers.</summary>
    [Range(1000, 10_000_000, ErrorMessage = "AI:MaxTokensPerConversation must be between 1000 and 10000000.")]
    public int MaxTokensPerConversation { get; set; } = 200_000;

    [Range(0.0, 2.0, ErrorMessage = "AI:Temperature must be between 0 and 2.")]
    public double Temperature { get; set; } = 0.2;

    /// <summary>Most turns a minute one conversation sends to the model; past it the deterministic path answers.</summary>
    [Range(1, 600, ErrorMessage = "AI:TurnsPerMinute must be between 1 and 600.")]
    public int TurnsPerMinute { get; set; } = 12;

    /// <summary>Messages of earlier turns the model sees; older ones are summarised in one line each.</summary>
    [Range(2, 200, ErrorMessage = "AI:HistoryMessages must be between 2 and 200.")]
    public int HistoryMessages { get; set; } = 24;

    public ModelRouting Routing { get; set; } = ModelRouting.ModelFirst;

    public bool IsEnabled => Provider != ModelProvider.None;
}
