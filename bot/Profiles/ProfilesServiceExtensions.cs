using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Lifecycle;
using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Profiles.Storage;
using EcomBot.Bot.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Profiles;

public static class ProfilesServiceExtensions
{
    /// <summary>
    /// Registers profiles: the store (Redis when <c>Redis:ConnectionString</c> is set, else in-process), the signal
    /// buffer and its background worker, the lifecycle classifier, the reader and export/erasure. Other stores that
    /// keep customer data add an <see cref="IErasable"/> (and <see cref="IExportable"/>).
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotProfiles(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        AddValidatedOptions<ProfilesOptions>(services, ProfilesOptions.SectionName);
        AddValidatedOptions<LifecycleOptions>(services, LifecycleOptions.SectionName);
        AddValidatedOptions<InterestOptions>(services, InterestOptions.SectionName);
        AddValidatedOptions<ProfileSignalOptions>(services, ProfileSignalOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        if (RedisOptions.IsConfigured(builder.Configuration))
        {
            builder.AddEcomBotRedis();
            services.AddSingleton<IProfileStore>(sp => new RedisProfileStore(
                sp.GetRequiredService<RedisCircuit>(), sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix));
        }
        else
        {
            services.AddSingleton<IProfileStore, InMemoryProfileStore>();
        }

        services.AddSingleton<LifecycleClassifier>();
        services.AddSingleton<ProfileReader>();
        services.AddSingleton<RecentErasures>();
        services.AddSingleton<ProfileSignalMetrics>();
        services.AddSingleton<ProfileSignalApplier>();
        services.AddSingleton<ProfileSignalQueue>();
        services.AddSingleton<IProfileSignals>(sp => sp.GetRequiredService<ProfileSignalQueue>());
        services.AddSingleton<TurnProfileRecorder>();
        // One worker, started by the web host, or by a command-line verb that holds conversations without it.
        services.AddSingleton<ProfileSignalWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ProfileSignalWorker>());
        services.AddSingleton<CustomerDataPrivacy>();
        return builder;
    }

    private static void AddValidatedOptions<TOptions>(IServiceCollection services, string sectionName)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();
}
