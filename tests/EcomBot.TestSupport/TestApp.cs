using EcomBot.Bot.Assistant;
using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Hosting;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Knowledge.Search;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.TestSupport;

/// <summary>
/// The bot's services composed exactly as the app composes them (<c>AddEcomBot</c>), for tests below the channel edge:
/// the real capabilities, plugins, filters, store rules and flows over a fresh in-process demo store. Only what a test
/// must control or cannot reach is swapped: the process's one MiniLM encoder, the shipped catalogue and help articles
/// indexed once per run, and, where a test asks, the classifier, the profile signal sink and settings.
/// </summary>
public sealed class TestApp : IDisposable
{
    private readonly IHost _host;

    private TestApp(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>The store the bot acts on; assert on it to see what a conversation changed.</summary>
    public ICommerceStore Store => Get<ICommerceStore>();

    /// <summary>The router as composed, with every registered flow and routing rule.</summary>
    public ConversationRouter Router => Get<ConversationRouter>();

    public static TestApp Create(
        IReadOnlyDictionary<string, string?>? settings = null,
        IProfileSignals? signals = null,
        HttpMessageHandler? supportDesk = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticated"] = "true",
            ["Handoff:WebhookUrl"] = supportDesk is null ? null : "http://support-desk.test/handoffs",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        // Registered first, so the app's embedding registration keeps it instead of loading a second encoder.
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(SharedEmbeddings.Generator);
        builder.AddEcomBot();
        builder.Services.Replace(ServiceDescriptor.Singleton(DemoData.Database));
        builder.Services.Replace(ServiceDescriptor.Singleton<PolicySearch>(_ => ShippedKnowledge.Policies));
        builder.Services.Replace(ServiceDescriptor.Singleton<ProductSearch>(_ => ShippedKnowledge.ProductsAsync().GetAwaiter().GetResult()));
        if (signals is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(signals));
        }
        if (supportDesk is not null)
        {
            builder.Services.AddHttpClient<HandoffPublisher>().ConfigurePrimaryHttpMessageHandler(() => supportDesk);
        }
        services?.Invoke(builder.Services);
        return new TestApp(builder.Build());
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The registered flow of this type, as the router runs it.</summary>
    public T Flow<T>() where T : IConversationFlow => Services.GetServices<IConversationFlow>().OfType<T>().Single();

    /// <summary>
    /// A router over only <paramref name="flows"/> and <paramref name="classifier"/>, with the app's turn sessions (so the
    /// flows reach the store through the real kernel functions and filters), the app's turn-start and turn-finish steps and the identity
    /// rule every router has; pass <paramref name="rules"/> to choose the routing rules instead.
    /// </summary>
    public ConversationRouter RouterWith(
        IIntentClassifier classifier, IEnumerable<IConversationFlow> flows, IEnumerable<IRoutingRule>? rules = null,
        ConversationRouterOptions? options = null, TimeProvider? clock = null) =>
        new(classifier, new FlowCatalog(flows), Get<TurnSessions>(),
            Options.Create(options ?? new ConversationRouterOptions()), clock ?? TimeProvider.System,
            rules ?? [new IdentityOnlyRule()], Services.GetServices<ITurnStart>(), Services.GetServices<ITurnFinish>(), new NoAssistant());

    /// <summary>One turn of <paramref name="flow"/> as the router would hand it over, with this app's kernel functions.</summary>
    public FlowTurn Turn(IConversationFlow flow, CustomerMessage message, IntentPrediction prediction, ConversationData conversation) =>
        new(message, prediction, conversation, flow.Descriptor, Get<TurnSessions>().FunctionsFor(message, conversation));

    public void Dispose() => _host.Dispose();
}
