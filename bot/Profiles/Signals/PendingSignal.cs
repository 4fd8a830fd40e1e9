namespace EcomBot.Bot.Profiles.Signals;

/// <summary>A signal waiting to be applied, stamped with the time it was recorded.</summary>
public sealed record PendingSignal(ProfileSignal Signal, DateTimeOffset At);
