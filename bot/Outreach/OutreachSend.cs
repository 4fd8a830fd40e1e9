namespace EcomBot.Bot.Outreach;

/// <summary>
/// One campaign message for one customer, ready to go: the campaign side renders it (name, picks, offer) and hands it
/// to <see cref="IOutreachSends"/>; the delivery side checks the contact policy at send time, finds the customer's
/// address and sends it at most once per <see cref="IdempotencyKey"/>.
/// </summary>
/// <param name="NotBefore">The earliest send time the campaign's schedule allows; quiet hours may push it later.</param>
/// <param name="Test">A marketer's test message to their own conversation: it skips consent, caps and contact pressure,
/// and counts nowhere.</param>
public sealed record OutreachSend(
    string CampaignId,
    string Variant,
    string CustomerId,
    OutreachMessage Message,
    DateTimeOffset? NotBefore = null,
    bool Test = false)
{
    /// <summary>One send per campaign and customer, whatever the variant or how often it is enqueued.</summary>
    public string IdempotencyKey => $"{CampaignId}:{CustomerId}";
}

/// <summary>The rendered text of a campaign message, the products it recommends with the reason for each, and the
/// offer. The delivery side adds how to stop.</summary>
public sealed record OutreachMessage(string Text, IReadOnlyList<OutreachPick> Picks, string? Offer = null);

/// <summary>A recommended product in a campaign message and why it was picked for this customer.</summary>
public sealed record OutreachPick(string ProductId, string Name, string Reason);
