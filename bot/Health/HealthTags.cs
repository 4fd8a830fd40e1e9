namespace EcomBot.Bot.Health;

/// <summary>Tags that place a health check on an endpoint.</summary>
public static class HealthTags
{
    /// <summary>Checks a dependency the bot needs before it can take turns (<c>/health/ready</c>).</summary>
    public const string Ready = "ready";
}
