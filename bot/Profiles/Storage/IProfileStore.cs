namespace EcomBot.Bot.Profiles.Storage;

/// <summary>
/// Where profiles live: in-process (<see cref="InMemoryProfileStore"/>, the default) or Redis
/// (<see cref="RedisProfileStore"/>), with an index from each linked channel user to its profile.
/// </summary>
public interface IProfileStore
{
    /// <summary>A copy of the stored profile, or null if there is none.</summary>
    Task<CustomerProfile?> GetAsync(string profileId, CancellationToken cancellationToken = default);

    /// <summary>The profile a channel user is linked to, or null.</summary>
    Task<string?> FindProfileIdAsync(ChannelUser user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored profile (an empty one if none) and saves it atomically,
    /// keeping the channel index in step with <see cref="CustomerProfile.ChannelUsers"/>. On a concurrent write the
    /// change runs again on the newer profile, so it must only change the profile it is given.
    /// </summary>
    Task<CustomerProfile> UpdateAsync(string profileId, Action<CustomerProfile> change, CancellationToken cancellationToken = default);

    /// <summary>Deletes the profile and the index entries that point at it; false if there was none.</summary>
    Task<bool> DeleteAsync(string profileId, CancellationToken cancellationToken = default);
}
