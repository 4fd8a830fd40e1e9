using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Conversation.Routing.Training;
using EcomBot.Bot.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Routing;

public static class IntentRoutingServiceExtensions
{
    /// <summary>
    /// Registers the learned intent classifier in place of the untrained one, its slot extraction, the start-up
    /// training (or cache load) and the <c>eval intents</c> verb. Features are the process's shared sentence
    /// embedding (registered here if no feature has yet) plus hashed lexical features.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotIntentRouting(this IHostApplicationBuilder builder)
    {
        builder.AddEcomBotEmbeddings();
        var services = builder.Services;
        services.AddOptions<IntentRoutingOptions>()
            .BindConfiguration(IntentRoutingOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(
                o => File.Exists(o.ResolvedProductCatalogPath()),
                $"{IntentRoutingOptions.SectionName}:ProductCatalogPath does not name an existing catalogue file (db.json)")
            .ValidateOnStart();

        services.AddSingleton(sp => ProductOptionVocabulary.Load(Options(sp).ResolvedProductCatalogPath()));
        services.AddSingleton<ProductOptionMatcher>();
        services.AddSingleton<SlotExtractor>();

        services.AddSingleton(sp => new IntentFeaturizer(
            Options(sp).UseEmbeddings ? sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>() : null,
            Options(sp).Hyperparameters()));
        services.AddSingleton(sp => new IntentModelCache(Options(sp).ResolvedCacheDirectory()));
        services.AddSingleton(sp => new IntentModelProvider(
            IntentTrainingSet.Load(sp.GetService<FlowCatalog>()?.TrainingResources ?? []),
            sp.GetRequiredService<IntentFeaturizer>(),
            sp.GetRequiredService<IntentModelCache>(),
            sp.GetRequiredService<ILogger<IntentModelProvider>>(),
            new IntentModelCache(IntentModelProvider.ShippedDirectory)));

        services.Replace(ServiceDescriptor.Singleton<IIntentClassifier, LearnedIntentClassifier>());
        services.AddHostedService<IntentModelWarmUp>();
        services.AddCliVerb<TrainIntentsVerb>();
        return builder;
    }

    private static IntentRoutingOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<IntentRoutingOptions>>().Value;
}
