using EcomBot.Tools.Tau2;
using EcomBot.Bot.Cli;
using EcomBot.Tools.Intents;
using EcomBot.Tools.Journeys;
using EcomBot.Tools.Knowledge;
using EcomBot.Tools.Policies;
using EcomBot.Tools.Recommendations;
using EcomBot.Tools.Replay;
using EcomBot.Tools.Turns;

namespace EcomBot.Tools;

/// <summary>The tool verbs, registered on top of the bot's own composition.</summary>
public static class ToolsComposition
{
    public static IHostApplicationBuilder AddEcomBotTools(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IndexedKnowledge>();
        services.AddCliVerb<EvalIntentsVerb>();
        services.AddCliVerb<EvalPoliciesVerb>();
        services.AddCliVerb<EvalReplayVerb>();
        services.AddCliVerb<EvalJourneysVerb>();
        services.AddCliVerb<EvalTau2Verb>();
        services.AddCliVerb<EvalSearchVerb>();
        services.AddCliVerb<EvalRecommendationsVerb>();
        services.AddCliVerb<SearchProductsVerb>();
        services.AddCliVerb<SearchPoliciesVerb>();
        services.AddCliVerb<BenchKnowledgeVerb>();
        services.AddCliVerb<BenchTurnsVerb>();
        return builder;
    }

    /// <summary>The folder the bot's settings are read from: the bot's appsettings.json is copied beside this tool,
    /// so the tool runs with the configuration the bot ships with.</summary>
    public static string BotContentRoot() => AppContext.BaseDirectory;

    /// <summary>The environment the tool runs the bot in: the one the process names, else Development.</summary>
    public static string EnvironmentName() =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet ? dotnet
        : Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspnet ? aspnet
        : Environments.Development;
}
