namespace EcomBot.Bot.Profiles.Storage;

/// <summary>A profile kept changing under an update; the caller may try again later.</summary>
public sealed class ProfileConcurrencyException(string message) : Exception(message);
