using EcomBot.TestSupport;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Conversation.Routing.Training;
using EcomBot.Bot.Conversation.Support.Identity;
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

    public PolicyAnswers(TrainedRouterFixture trained) => Classifier = trained.Classifier(_directory.Path);

    public LearnedIntentClassifier Classifier { get; }

    public PolicySearch Policies => ShippedKnowledge.Policies;

    /// <summary>A router with the policy flow, the rule-question redirect and the given action flows (the app's
    /// plugins, so policy search runs through the policies plugin).</summary>
    public ConversationRouter Router(params IConversationFlow[] actionFlows)
    {
        var flows = new List<IConversationFlow> { TestApps.Shared.Flow<PolicyQuestionFlow>() };
        flows.AddRange(actionFlows);
        var catalog = new FlowCatalog(flows);
        return TestApps.Shared.RouterWith(Classifier, flows, [new IdentityOnlyRule(), new RuleQuestionRedirect(catalog)]);
    }

    public void Dispose() => _directory.Dispose();
}
