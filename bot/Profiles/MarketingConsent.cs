namespace EcomBot.Bot.Profiles;

/// <summary>Whether the customer agreed to marketing messages on one channel, and when they said so.</summary>
public sealed record MarketingConsent(bool Granted, DateTimeOffset At);
