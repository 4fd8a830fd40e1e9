namespace EcomBot.Bot.Conversation.Support.Identity.Codes;

/// <summary>A one-time code sent and not yet typed, kept in the conversation's state: only a salted hash of it, never
/// the code itself.</summary>
public sealed class PendingCode
{
    /// <summary>The account the code was sent for; null when the email is on no account (every code is then wrong,
    /// and the customer was answered exactly as if one had been sent).</summary>
    public string? CustomerId { get; set; }

    public string Salt { get; set; } = "";

    public string Hash { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }

    public int WrongAttempts { get; set; }
}
