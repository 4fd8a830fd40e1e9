using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.Commerce.Rules;
using EcomBot.Bot.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomBot.Tools.Replay;

/// <summary>
/// The bot composed as the app composes it, with its default settings, but over its own in-process copy of the demo store
/// whatever the configuration says (a replay or a journey evaluation must never touch a real store or Redis): the same plugins, filters, capabilities and store rules,
/// with the store's changes kept where the replay can read and clear them.
/// </summary>
internal sealed class ReplayHost : IDisposable
{
    private readonly IHost _host;

    /// <param name="settings">Further settings, such as the chat model's (<c>AI:*</c>) for the model path.</param>
    public ReplayHost(
        StoreDatabase database, ModifiedItemPricing pricing, IEmbeddingGenerator<string, Embedding<float>>? embeddings,
        IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticated"] = "true",
            [$"{CommerceOptions.SectionName}:{nameof(CommerceOptions.ModifiedItemPricing)}"] = pricing.ToString(),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        if (embeddings is not null)
        {
            builder.Services.AddSingleton(embeddings);
        }
        builder.AddEcomBot();
        builder.Services.Replace(ServiceDescriptor.Singleton(database));
        builder.Services.Replace(ServiceDescriptor.Singleton<ICommerceChangeStore>(Changes));
        builder.Services.TryAddSingleton<Microsoft.AspNetCore.Hosting.Server.IServer, NoListeningServer>();
        _host = builder.Build();
    }

    /// <summary>The store's changed records; cleared before each task.</summary>
    public InMemoryCommerceChangeStore Changes { get; } = new();

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts the bot's background services (profile signals, warm-ups), for whole conversations.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => _host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => _host.StopAsync(cancellationToken);

    public void Dispose() => _host.Dispose();
}
