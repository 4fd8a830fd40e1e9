using System.Globalization;
using StackExchange.Redis;

namespace EcomBot.Bot.Profiles.Storage;

/// <summary>
/// Profiles in Redis: one hash per customer, <c>{prefix}profile:{id}</c> (fields in <see cref="ProfileHashCodec"/>),
/// and one string per linked channel user, <c>{prefix}profile-user:{channel}:{user}</c>, holding the profile id.
/// Updates are optimistic: read, change, and write only if the version field is unchanged, else retry. Each
/// transaction touches one key, so it also works on Redis Cluster; index entries are written right after.
/// </summary>
public sealed class RedisProfileStore(IConnectionMultiplexer redis, string keyPrefix) : IProfileStore
{
    private const int MaxAttempts = 16;

    // KEYS[1] index entry; ARGV[1] profile id. Deletes the entry only if it still points at that profile.
    private const string DeleteIfPointsAtScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    public async Task<CustomerProfile?> GetAsync(string profileId, CancellationToken cancellationToken = default)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(ProfileKey(profileId)).WaitAsync(cancellationToken);
        return entries.Length == 0 ? null : ProfileHashCodec.Decode(profileId, Pairs(entries));
    }

    public async Task<string?> FindProfileIdAsync(ChannelUser user, CancellationToken cancellationToken = default)
    {
        var value = await redis.GetDatabase().StringGetAsync(IndexKey(user)).WaitAsync(cancellationToken);
        return value.IsNull ? null : value.ToString();
    }

    public async Task<CustomerProfile> UpdateAsync(string profileId, Action<CustomerProfile> change, CancellationToken cancellationToken = default)
    {
        var database = redis.GetDatabase();
        var key = ProfileKey(profileId);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entries = await database.HashGetAllAsync(key).WaitAsync(cancellationToken);
            var profile = entries.Length == 0 ? new CustomerProfile(profileId) : ProfileHashCodec.Decode(profileId, Pairs(entries));
            var stored = profile.Version;
            var usersBefore = profile.ChannelUsers.ToHashSet();
            change(profile);
            profile.Version = stored + 1;

            var transaction = database.CreateTransaction();
            transaction.AddCondition(entries.Length == 0
                ? Condition.KeyNotExists(key)
                : Condition.HashEqual(key, ProfileHashCodec.VersionField, stored.ToString(CultureInfo.InvariantCulture)));
            _ = transaction.KeyDeleteAsync(key);
            _ = transaction.HashSetAsync(key, ProfileHashCodec.Encode(profile).Select(f => new HashEntry(f.Key, f.Value)).ToArray());
            if (!await transaction.ExecuteAsync().WaitAsync(cancellationToken))
            {
                continue;
            }

            foreach (var user in profile.ChannelUsers.Except(usersBefore))
            {
                await database.StringSetAsync(IndexKey(user), profileId).WaitAsync(cancellationToken);
            }
            foreach (var user in usersBefore.Except(profile.ChannelUsers))
            {
                await DeleteIndexEntryAsync(database, user, profileId, cancellationToken);
            }
            return profile;
        }
        throw new ProfileConcurrencyException($"Profile {ProfileIds.Pseudonym(profileId)} changed {MaxAttempts} times during one update.");
    }

    public async Task<bool> DeleteAsync(string profileId, CancellationToken cancellationToken = default)
    {
        var database = redis.GetDatabase();
        var profile = await GetAsync(profileId, cancellationToken);
        if (profile is null)
        {
            return false;
        }
        await database.KeyDeleteAsync(ProfileKey(profileId)).WaitAsync(cancellationToken);
        foreach (var user in profile.ChannelUsers)
        {
            await DeleteIndexEntryAsync(database, user, profileId, cancellationToken);
        }
        return true;
    }

    private Task DeleteIndexEntryAsync(IDatabase database, ChannelUser user, string profileId, CancellationToken cancellationToken) =>
        database.ScriptEvaluateAsync(DeleteIfPointsAtScript, [IndexKey(user)], [profileId]).WaitAsync(cancellationToken);

    private RedisKey ProfileKey(string profileId) => $"{keyPrefix}profile:{profileId}";

    private RedisKey IndexKey(ChannelUser user) => $"{keyPrefix}profile-user:{user.Channel}:{user.UserId}";

    private static IEnumerable<KeyValuePair<string, string>> Pairs(HashEntry[] entries) =>
        entries.Select(entry => new KeyValuePair<string, string>(entry.Name.ToString(), entry.Value.ToString()));
}
