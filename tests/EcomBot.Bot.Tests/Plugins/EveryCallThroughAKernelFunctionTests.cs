using EcomBot.Bot.Capabilities.Cart;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Discovery;
using EcomBot.Bot.Conversation.Discovery.Cart;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Plugins.Filters;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Profiles.Storage;
using EcomBot.Knowledge.Indexing;
using EcomBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static EcomBot.TestSupport.FakeIntentClassifier;

namespace EcomBot.Bot.Tests.Plugins;

/// <summary>
/// A scripted journey through the app's flows (browse, cart, a policy question, identification, a cancellation
/// confirmed with yes, the newsletter) with every store a turn could reach wrapped: each call to the store's records,
/// carts, the knowledge index and profiles must have been made for a kernel function, and each kernel function the
/// journey needed must be in the audit, with personal data masked.
/// </summary>
public sealed class EveryCallThroughAKernelFunctionTests : IDisposable
{
    private static readonly Dictionary<string, IntentPrediction> Script = new()
    {
        ["do you have hiking boots?"] = Predict(Intents.ProductSearch, 0.95),
        ["how long does a refund take?"] = Predict(Intents.PolicyQuestion, 0.95),
        ["I want to cancel an order"] = Predict(Intents.CancelOrder, 0.95),
        ["subscribe me to the newsletter"] = Predict("newsletter_subscription", 0.95),
    };

    private readonly CallRecorder _recorder = new();
    private readonly TestApp _app;
    private readonly ConversationRouter _router;
    private readonly ConversationData _conversation = new();
    private readonly CustomerMessage _message = new("", "webchat", "journey-user", "journey-" + Guid.NewGuid().ToString("N"));

    public EveryCallThroughAKernelFunctionTests()
    {
        _app = TestApp.Create(services: services =>
        {
            _recorder.Wrap<ICommerceStore>(services);
            _recorder.Wrap<ICommerceChangeStore>(services);
            _recorder.Wrap<ICartStore>(services);
            _recorder.Wrap<IKnowledgeIndex>(services);
            _recorder.Wrap<IProfileSignals>(services);
            _recorder.Wrap<IProfileStore>(services);
        });
        var flows = _app.Services.GetServices<IConversationFlow>().ToList();
        _router = _app.RouterWith(
            new CardButtonIntents(new FakeIntentClassifier(Script)), flows,
            [new IdentityOnlyRule(), new RuleQuestionRedirect(new FlowCatalog(flows))]);
    }

    [Fact]
    public async Task EveryStoreKnowledgeCartAndProfileCallOfTheJourneyIsMadeForAKernelFunction()
    {
        foreach (var text in new[]
        {
            "do you have hiking boots?", CartMessages.Add("1176194968"), "view cart", "how long does a refund take?",
            "I want to cancel an order", "sofia.li7352@example.com", "#W8855135", "no longer needed", "yes",
            "subscribe me to the newsletter",
        })
        {
            Assert.NotEmpty(await _router.RouteAsync(_message with { Text = text }, _conversation, CancellationToken.None));
        }

        var calls = _recorder.Calls.ToList();
        Assert.Equal(OrderStatus.Cancelled, (await _app.Store.GetOrderAsync("#W8855135")).Status);
        Assert.NotEmpty(calls);
        Assert.All(calls, call => Assert.True(call.Function is not null, $"{call.Call} was called outside any kernel function"));
        var audited = _app.Get<FunctionAuditLog>().ForConversation(_message.ConversationId);
        Assert.Subset(audited.Select(r => r.Function).ToHashSet(), new HashSet<string>
        {
            "Catalog-search_products", "Cart-add_to_cart", "Cart-view_cart", "Policies-search_policies",
            "Identity-find_user_id_by_email", "Orders-get_order_details",
            "Orders-propose_cancel_pending_order", "Orders-cancel_pending_order", "Profile-set_marketing_consent",
        });
        // Every function a store call was made for is one the audit recorded for this conversation.
        Assert.Subset(audited.Select(r => r.Function).ToHashSet(), calls.Select(c => c.Function!).ToHashSet());
        var lookup = Assert.Single(audited, r => r.Function == "Identity-find_user_id_by_email");
        Assert.Equal("***", lookup.Arguments["email"]);
        Assert.All(audited, r => Assert.DoesNotContain(r.Arguments.Values, v => v.Contains("sofia.li", StringComparison.OrdinalIgnoreCase)));
    }

    public void Dispose() => _app.Dispose();
}
