namespace EcomBot.Bot.Outreach;

/// <summary>What happened to one customer of a campaign; each is counted per campaign and variant.</summary>
public enum OutreachOutcome
{
    /// <summary>The contact policy held the message back; the reason names the rule (see <see cref="SuppressionReasons"/>).</summary>
    Suppressed,

    /// <summary>No delivery address is known for the customer on any channel.</summary>
    Unreachable,

    /// <summary>Handed to the channel.</summary>
    Sent,

    /// <summary>The channel accepted it.</summary>
    Delivered,

    /// <summary>The channel refused it after the retries.</summary>
    Failed,

    /// <summary>The send may or may not have reached the channel (the process died or the call timed out after it left);
    /// it is not repeated.</summary>
    Unknown,

    Replied,

    OptedOut,

    Converted,
}
