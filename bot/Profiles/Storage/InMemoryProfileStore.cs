namespace EcomBot.Bot.Profiles.Storage;

/// <summary>
/// Profiles in this process: the default without Redis. Keeps each profile encoded exactly as Redis would, so
/// callers always get copies and both backends behave the same.
/// </summary>
public sealed class InMemoryProfileStore : IProfileStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<KeyValuePair<string, string>>> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<ChannelUser, string> _channelIndex = [];

    public Task<CustomerProfile?> GetAsync(string profileId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_profiles.TryGetValue(profileId, out var fields) ? ProfileHashCodec.Decode(profileId, fields) : null);
        }
    }

    public Task<string?> FindProfileIdAsync(ChannelUser user, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_channelIndex.GetValueOrDefault(user));
        }
    }

    public Task<CustomerProfile> UpdateAsync(string profileId, Action<CustomerProfile> change, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var profile = _profiles.TryGetValue(profileId, out var fields)
                ? ProfileHashCodec.Decode(profileId, fields)
                : new CustomerProfile(profileId);
            var usersBefore = profile.ChannelUsers.ToHashSet();
            change(profile);
            profile.Version++;
            _profiles[profileId] = ProfileHashCodec.Encode(profile);
            foreach (var user in profile.ChannelUsers.Except(usersBefore))
            {
                _channelIndex[user] = profileId;
            }
            foreach (var user in usersBefore.Except(profile.ChannelUsers))
            {
                RemoveIndexEntry(user, profileId);
            }
            return Task.FromResult(ProfileHashCodec.Decode(profileId, _profiles[profileId]));
        }
    }

    public Task<bool> DeleteAsync(string profileId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_profiles.Remove(profileId, out var fields))
            {
                return Task.FromResult(false);
            }
            foreach (var user in ProfileHashCodec.Decode(profileId, fields).ChannelUsers)
            {
                RemoveIndexEntry(user, profileId);
            }
            return Task.FromResult(true);
        }
    }

    /// <summary>Only if it still points here: the user may since have been linked to another profile.</summary>
    private void RemoveIndexEntry(ChannelUser user, string profileId)
    {
        if (_channelIndex.TryGetValue(user, out var current) && current == profileId)
        {
            _channelIndex.Remove(user);
        }
    }
}
