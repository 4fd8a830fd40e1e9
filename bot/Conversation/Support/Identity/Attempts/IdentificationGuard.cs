using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation.Support.Identity.Attempts;

/// <summary>
/// Holds guessing back: counts failed identification attempts per conversation, per channel user and per claimed
/// identity, and says when the next try must wait (back-off) or is locked out. Attempts refused this way are not
/// counted, so waiting is always enough. A key that reaches its maximum is logged by its one-way key, never by who it is.
/// </summary>
public sealed partial class IdentificationGuard(
    IIdentificationAttemptStore store, IOptions<IdentityOptions> options, TimeProvider clock, ILogger<IdentificationGuard> logger)
{
    private IdentityOptions Settings => options.Value;

    /// <summary>Whether this conversation and channel user may try now, whatever details they give.</summary>
    public async Task<HoldBack?> CheckCallerAsync(CustomerMessage message, CancellationToken cancellationToken)
    {
        var conversation = await store.GetAsync(AttemptKeys.Conversation(message), cancellationToken);
        var user = await store.GetAsync(AttemptKeys.ChannelUser(message), cancellationToken);
        return Strongest(For(conversation, Settings.MaxFailuresPerConversation), For(user, Settings.MaxFailuresPerChannelUser));
    }

    /// <summary>Whether the identity these details claim may be tried now (someone may have been guessing it).</summary>
    internal async Task<HoldBack?> CheckClaimAsync(CustomerDetails claim, CancellationToken cancellationToken) =>
        For(await store.GetAsync(AttemptKeys.Claim(claim), cancellationToken), Settings.MaxFailuresPerIdentity);

    /// <summary>Counts a failed attempt of this conversation and channel user, and of the claimed identity if any.</summary>
    internal async Task RecordFailureAsync(CustomerMessage message, CustomerDetails? claim, CancellationToken cancellationToken)
    {
        await CountAsync(AttemptKeys.Conversation(message), Settings.MaxFailuresPerConversation, cancellationToken);
        await CountAsync(AttemptKeys.ChannelUser(message), Settings.MaxFailuresPerChannelUser, cancellationToken);
        if (claim is not null)
        {
            await CountAsync(AttemptKeys.Claim(claim), Settings.MaxFailuresPerIdentity, cancellationToken);
        }
    }

    private async Task CountAsync(string key, int maximum, CancellationToken cancellationToken)
    {
        var tally = await store.AddAsync(key, Settings.FailureWindow, cancellationToken);
        if (tally.Count == maximum)
        {
            LogLockedOut(key, tally.Count, Settings.LockoutDuration);
        }
    }

    /// <summary>Counts a code sent to the address, unless it already had <see cref="IdentityOptions.MaxCodesPerEmail"/>
    /// within <see cref="IdentityOptions.CodeSendWindow"/>; returns false then, and nothing is counted.</summary>
    public async Task<bool> TryCountCodeSentAsync(string email, CancellationToken cancellationToken)
    {
        var key = AttemptKeys.CodesSent(email);
        if ((await store.GetAsync(key, cancellationToken)).Count >= Settings.MaxCodesPerEmail)
        {
            return false;
        }
        await store.AddAsync(key, Settings.CodeSendWindow, cancellationToken);
        return true;
    }

    private HoldBack? For(AttemptTally tally, int maximum)
    {
        var now = clock.GetUtcNow();
        if (tally.Count >= maximum)
        {
            var lockedUntil = tally.LastAt + Settings.LockoutDuration;
            return lockedUntil > now ? new HoldBack(LockedOut: true, lockedUntil - now) : null;
        }
        if (tally.Count < Settings.FreeAttempts)
        {
            return null;
        }
        var doublings = Math.Min(tally.Count - Settings.FreeAttempts, 30);
        var wait = TimeSpan.FromTicks((long)Math.Min(Settings.BackoffBase.Ticks * Math.Pow(2, doublings), Settings.BackoffMax.Ticks));
        return tally.LastAt + wait > now ? new HoldBack(LockedOut: false, tally.LastAt + wait - now) : null;
    }

    private static HoldBack? Strongest(HoldBack? first, HoldBack? second) =>
        (first, second) switch
        {
            (null, _) => second,
            (_, null) => first,
            _ when first.LockedOut != second.LockedOut => first.LockedOut ? first : second,
            _ => first.RetryAfter >= second.RetryAfter ? first : second,
        };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identification locked out for {AttemptKey} after {Failures} failed attempts, for {LockoutDuration}.")]
    private partial void LogLockedOut(string attemptKey, int failures, TimeSpan lockoutDuration);
}

/// <summary>Why a try must wait: a back-off, or a lock-out; and for how long.</summary>
public sealed record HoldBack(bool LockedOut, TimeSpan RetryAfter);
