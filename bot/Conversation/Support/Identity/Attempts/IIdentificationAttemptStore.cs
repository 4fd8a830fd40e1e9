namespace EcomBot.Bot.Conversation.Support.Identity.Attempts;

/// <summary>
/// Counts attempts under opaque keys (see <see cref="AttemptKeys"/>), shared by every replica: in Redis when
/// <c>Redis:ConnectionString</c> is set, in process otherwise. A key's count is forgotten once the time given with its
/// last attempt has passed on the application's <see cref="TimeProvider"/>. A store that cannot be reached throws
/// (<see cref="State.StoreUnavailableException"/>): identification never goes on uncounted.
/// </summary>
public interface IIdentificationAttemptStore
{
    /// <summary>The attempts still remembered under the key; <see cref="AttemptTally.None"/> if there are none.</summary>
    Task<AttemptTally> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Counts one more attempt now and remembers the key's count for <paramref name="rememberFor"/> from now.</summary>
    Task<AttemptTally> AddAsync(string key, TimeSpan rememberFor, CancellationToken cancellationToken);
}

/// <summary>How many attempts a key has had and when the last one was.</summary>
public readonly record struct AttemptTally(int Count, DateTimeOffset LastAt)
{
    public static AttemptTally None => default;
}
