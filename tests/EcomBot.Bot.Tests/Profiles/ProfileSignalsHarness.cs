using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Lifecycle;
using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Profiles.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Bot.Tests.Profiles;

/// <summary>The signal applier over an in-process store and a fixed clock, applying signals as the worker would.</summary>
internal sealed class ProfileSignalsHarness
{
    public ProfileSignalsHarness()
    {
        Clock = ProfileTestClock.Create();
        Erasures = new RecentErasures(Clock);
        var interests = Options.Create(new InterestOptions());
        var lifecycle = new LifecycleClassifier(Options.Create(new LifecycleOptions()), Clock);
        Applier = new ProfileSignalApplier(Store, lifecycle, interests, Erasures, Clock);
        Reader = new ProfileReader(Store, lifecycle, interests, Clock);
    }

    public FakeTimeProvider Clock { get; }

    public InMemoryProfileStore Store { get; } = new();

    public RecentErasures Erasures { get; }

    public ProfileSignalApplier Applier { get; }

    public ProfileReader Reader { get; }

    public Task ApplyAsync(ProfileSignal signal) => Applier.ApplyAsync(new PendingSignal(signal, Clock.GetUtcNow()), CancellationToken.None);

    public async Task<CustomerProfile> ProfileOfAsync(string id) =>
        await Store.GetAsync(id) ?? throw new InvalidOperationException($"No profile {id}.");
}
