using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Lifecycle;
using EcomBot.Bot.Profiles.Storage;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Profiles;

/// <summary>Reads profiles as of now: the stage and interest weights move with time even without new events.</summary>
public sealed class ProfileReader(
    IProfileStore store, LifecycleClassifier lifecycle, IOptions<InterestOptions> interests, TimeProvider time)
{
    public async Task<ProfileSnapshot?> GetAsync(string profileId, CancellationToken cancellationToken = default) =>
        await store.GetAsync(profileId, cancellationToken) is { } profile ? Snapshot(profile) : null;

    /// <summary>The profile of whoever this channel user is: their customer's once identified, else their anonymous one.</summary>
    public async Task<ProfileSnapshot?> FindAsync(ChannelUser user, CancellationToken cancellationToken = default) =>
        await store.FindProfileIdAsync(user, cancellationToken) is { } profileId ? await GetAsync(profileId, cancellationToken) : null;

    public ProfileSnapshot Snapshot(CustomerProfile profile)
    {
        var now = time.GetUtcNow();
        var halfLife = interests.Value.HalfLife;
        return new ProfileSnapshot(
            profile,
            lifecycle.Classify(profile, now),
            profile.Interests.RankedProductTypes(now, halfLife),
            profile.Interests.RankedOptions(now, halfLife),
            now);
    }
}
