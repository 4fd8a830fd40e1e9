namespace EcomBot.Bot.Profiles.Signals;

/// <summary>
/// How the rest of the bot tells profiles what happened. <see cref="Record"/> never waits: signals are buffered and
/// applied in the background, retried while the store is unavailable.
/// </summary>
public interface IProfileSignals
{
    /// <summary>Queues the signal; false if the buffer was full and it was dropped (counted and logged).</summary>
    bool Record(ProfileSignal signal);
}
