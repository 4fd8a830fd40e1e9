using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Conversation.Routing.Training;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Tests.Routing;
using EcomBot.Bot.Knowledge;
using EcomBot.Knowledge.Embeddings;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Indexing.Embedded;
using EcomBot.Knowledge.Ingestion;
using EcomBot.Knowledge.Policies;
using EcomBot.Knowledge.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Support.Policies;

/// <summary>
/// The real pieces a policy question passes through: the learned classifier with the model the shared
/// <see cref="TrainedRouterFixture"/> trained, and <see cref="PolicySearch"/> over the shipped help articles with the
/// shared encoder (indexed once per test run).
/// </summary>
internal sealed class PolicyAnswers : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public PolicyAnswers(TrainedRouterFixture trained)
    {
        var cache = new IntentModelCache(_directory.Path);
        cache.Save(IntentModelCache.Key(trained.Training, trained.Featurizer.Hyperparameters, trained.Featurizer.EmbeddingIdentity), trained.Model);
        var provider = new IntentModelProvider(trained.Training, trained.Featurizer, cache, NullLogger<IntentModelProvider>.Instance);
        provider.GetModelAsync(CancellationToken.None).GetAwaiter().GetResult();
        var slots = new SlotExtractor(new ProductOptionMatcher(
            ProductOptionVocabulary.Load(new IntentRoutingOptions().ResolvedProductCatalogPath())));
        Classifier = new LearnedIntentClassifier(provider, trained.Featurizer, slots);
    }

    public LearnedIntentClassifier Classifier { get; }

    public PolicySearch Policies => ShippedKnowledge.Policies;

    /// <summary>A router with the policy flow, the rule-question redirect and an action flow that asks to identify.</summary>
    public ConversationRouter Router(params IConversationFlow[] actionFlows) => new(
        Classifier,
        [new PolicyQuestionFlow(Policies), .. actionFlows],
        Options.Create(new ConversationRouterOptions()),
        TimeProvider.System,
        new RuleQuestionRedirect(Policies));

    public void Dispose() => _directory.Dispose();
}
