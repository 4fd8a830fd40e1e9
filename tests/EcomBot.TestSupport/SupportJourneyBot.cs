using EcomBot.Bot.Commerce;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Hosting;
using EcomBot.Knowledge.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EcomBot.TestSupport;

/// <summary>
/// The whole bot as the app composes it (<c>AddEcomBot</c>), driven through the Bot Framework <see cref="TestAdapter"/>:
/// the real <c>EcomBotActivityHandler</c>, router, flows, demo store and the production intent model (the one the app
/// trains on all its labelled examples, loaded from the shared cache or trained once). Only what a test must see or
/// cannot reach is swapped: the process's one MiniLM encoder, the help articles indexed once per run, and the
/// support desk's webhook, which records every hand-off.
/// </summary>
public sealed class SupportJourneyBot : IDisposable
{
    private const string WebhookUrl = "http://support-desk.test/handoffs";

    private readonly IHost _host;
    private readonly IBot _bot;
    /// <summary>The address the bot is configured to be reached at (<c>Bot:PublicUrl</c>) by <see cref="LinkingHelpArticles"/>.</summary>
    public const string PublicUrl = "https://shop.example/";

    /// <summary>Settings under which replies link help articles (absolute under <see cref="PublicUrl"/>) on the test
    /// channel too, for journeys that check which article an answer cites.</summary>
    public static IReadOnlyDictionary<string, string?> LinkingHelpArticles { get; } =
        new Dictionary<string, string?> { ["Bot:PublicUrl"] = PublicUrl };

    private readonly TestAdapter _adapter = new(Microsoft.Bot.Connector.Channels.Test);

    /// <param name="settings">Configuration on top of the journey's own (a webhook, no channel authentication).</param>
    /// <param name="clock">The clock every service reads (a fake one to test expiry and back-off without waiting).</param>
    /// <param name="environment">The host environment; Production, as shipped, unless a journey needs Development.</param>
    /// <param name="configure">More registrations before the app's own (a log capture).</param>
    /// <param name="withCatalogue">Whether product search finds the shipped catalogue (indexed once per run), for
    /// journeys that shop; without it the catalogue index is empty, as the host is never started to ingest it.</param>
    public SupportJourneyBot(
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        string environment = "Production",
        Action<IServiceCollection>? configure = null,
        bool withCatalogue = false)
    {
        // A plain host, not a web one: the web channels' registrations (which need a server) are never resolved here.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        // Development would check every registration at build, the web channels' too.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false }));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Handoff:WebhookUrl"] = WebhookUrl,
            ["Bot:AllowUnauthenticated"] = "true", // the test adapter calls the bot directly, with no channel token to check
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock); // before the app's own TryAdd of the system clock
        }
        configure?.Invoke(builder.Services);
        // Registered first, so the app's embedding registration keeps it instead of loading a second encoder.
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(SharedEmbeddings.Generator);
        builder.AddEcomBot();
        builder.Services.AddSingleton(DemoData.Database);
        builder.Services.AddSingleton<PolicySearch>(_ => ShippedKnowledge.Policies);
        if (withCatalogue)
        {
            builder.Services.AddSingleton<ProductSearch>(_ => ShippedKnowledge.ProductsAsync().GetAwaiter().GetResult());
        }
        builder.Services.AddHttpClient<HandoffPublisher>().ConfigurePrimaryHttpMessageHandler(() => SupportDesk);
        _host = builder.Build();
        _bot = _host.Services.GetRequiredService<IBot>();
    }

    /// <summary>The store the bot acts on; assert on it to see what a journey changed.</summary>
    public ICommerceStore Store => _host.Services.GetRequiredService<ICommerceStore>();

    public SupportDeskWebhook SupportDesk { get; } = new();

    /// <summary>The app's services, for journeys that check what a turn recorded (profiles, consent).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>The channel user the test adapter speaks as.</summary>
    public string ChannelUserId => _adapter.Conversation.User.Id;

    /// <summary>Sends one message as the customer and returns everything the bot answered in that turn.</summary>
    public Task<IReadOnlyList<IMessageActivity>> SayAsync(string text) => SayAsync(_adapter, text);

    /// <summary>The turn's replies as one text, as a customer reads them.</summary>
    public async Task<string> SayTextAsync(string text) => Joined(await SayAsync(text));

    /// <summary>Says one message in another conversation with the same bot (same store, same replicas' shared counters),
    /// as the given channel user, and returns the replies as one text.</summary>
    public async Task<string> SayTextAsync(string conversationId, string channelUserId, string text)
    {
        if (!_otherConversations.TryGetValue((conversationId, channelUserId), out var adapter))
        {
            adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, channelUserId));
            _otherConversations[(conversationId, channelUserId)] = adapter;
        }
        return Joined(await SayAsync(adapter, text));
    }

    private readonly Dictionary<(string, string), TestAdapter> _otherConversations = [];

    private async Task<IReadOnlyList<IMessageActivity>> SayAsync(TestAdapter adapter, string text)
    {
        // As the app's warm-up does at start-up: the first turn waits for the model rather than being classified "unknown".
        await _host.Services.GetRequiredService<IntentModelProvider>().GetModelAsync(CancellationToken.None);
        await adapter.SendTextToBotAsync(text, _bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (adapter.GetNextReply() is IMessageActivity reply)
        {
            replies.Add(reply);
        }
        Assert.NotEmpty(replies);
        return replies;
    }

    private static string Joined(IEnumerable<IMessageActivity> replies) => string.Join("\n\n", replies.Select(r => r.Text));

    /// <summary>The buttons the customer can tap after a turn (the suggested actions of its replies).</summary>
    public static IReadOnlyList<string> Choices(IEnumerable<IMessageActivity> replies) =>
        [.. replies.Where(r => r.SuggestedActions is not null).SelectMany(r => r.SuggestedActions.Actions).Select(a => a.Title)];

    /// <summary>The conversation state the bot saved after the last turn.</summary>
    public async Task<ConversationData> ConversationAsync()
    {
        var key = $"{_adapter.Conversation.ChannelId}/conversations/{_adapter.Conversation.Conversation.Id}";
        var saved = await _host.Services.GetRequiredService<IStorage>().ReadAsync([key]);
        var state = Assert.IsAssignableFrom<IDictionary<string, object>>(saved[key]);
        return Assert.IsType<ConversationData>(state[nameof(ConversationData)]);
    }

    public void Dispose() => _host.Dispose();
}
