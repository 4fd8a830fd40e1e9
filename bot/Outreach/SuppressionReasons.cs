namespace EcomBot.Bot.Outreach;

/// <summary>Why the contact policy held a message back, as counted in a campaign's <c>suppressed</c> counts.</summary>
public static class SuppressionReasons
{
    public const string NoConsent = "no-consent";
    public const string FrequencyCap = "frequency-cap";
    public const string OpenHandoff = "open-handoff";
    public const string RecentSupport = "recent-support";
    public const string Frustration = "frustration";
    public const string AlreadyBought = "already-bought";
    public const string Erased = "erased";
}
