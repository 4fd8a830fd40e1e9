using System.Globalization;
using EcomBot.Bot.State;
using StackExchange.Redis;

namespace EcomBot.Bot.Profiles.Storage;

/// <summary>
/// Profiles in Redis: one hash per customer, <c>{prefix}profile:{id}</c> (fields in <see cref="ProfileHashCodec"/>),
/// and one string per linked channel user, <c>{prefix}profile-user:{channel}:{user}</c>, holding the profile id.
/// Updates are optimistic: read, change, and write only if the version field is unchanged, else retry. Each
/// transaction touches one key, so it also works on Redis Cluster; index entries are written right after. Calls go
/// through the <see cref="RedisCircuit"/>: with Redis down they throw <see cref="StoreUnavailableException"/> at once
/// (the signal worker keeps the signal and retries).
/// </summary>
public sealed class RedisProfileStore(RedisCircuit redis, string keyPrefix) : IProfileStore
{
    private const int MaxAttempts = 16;
    private const string StoreName = "profiles";

    // KEYS[1] index entry; ARGV[1] profile id. Deletes the entry only if it still points at that profile.
    private const string DeleteIfPointsAtScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    public Task<CustomerProfile?> GetAsync(string profileId, CancellationToken cancellationToken = default) =>
        redis.ReadAsync(StoreName, database => ReadAsync(database, profileId, cancellationToken));

    public Task<string?> FindProfileIdAsync(ChannelUser user, CancellationToken cancellationToken = default) =>
        redis.ReadAsync(StoreName, async database =>
        {
            var value = await database.StringGetAsync(IndexKey(user)).WaitAsync(cancellationToken);
            return value.IsNull ? null : value.ToString();
        });

    public Task<CustomerProfile> UpdateAsync(string profileId, Action<CustomerProfile> change, CancellationToken cancellationToken = default) =>
        redis.WriteAsync(StoreName, database => UpdateAsync(database, profileId, change, cancellationToken));

    public Task<bool> DeleteAsync(string profileId, CancellationToken cancellationToken = default) =>
        redis.WriteAsync(StoreName, async database =>
        {
            var profile = await ReadAsync(database, profileId, cancellationToken);
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
        });

    private async Task<CustomerProfile?> ReadAsync(IDatabase database, string profileId, CancellationToken cancellationToken)
    {
        var entries = await database.HashGetAllAsync(ProfileKey(profileId)).WaitAsync(cancellationToken);
        return entries.Length == 0 ? null : ProfileHashCodec.Decode(profileId, Pairs(entries));
    }

    private async Task<CustomerProfile> UpdateAsync(IDatabase database, string profileId, Action<CustomerProfile> change, CancellationToken cancellationToken)
    {
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

    private Task DeleteIndexEntryAsync(IDatabase database, ChannelUser user, string profileId, CancellationToken cancellationToken) =>
        database.ScriptEvaluateAsync(DeleteIfPointsAtScript, [IndexKey(user)], [profileId]).WaitAsync(cancellationToken);

    private RedisKey ProfileKey(string profileId) => $"{keyPrefix}profile:{profileId}";

    private RedisKey IndexKey(ChannelUser user) => $"{keyPrefix}profile-user:{user.Channel}:{user.UserId}";

    private static IEnumerable<KeyValuePair<string, string>> Pairs(HashEntry[] entries) =>
        entries.Select(entry => new KeyValuePair<string, string>(entry.Name.ToString(), entry.Value.ToString()));
}
