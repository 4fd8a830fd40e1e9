namespace EcomBot.Bot.Outreach;

/// <summary>Where the delivery side and the re-engagement flow report what happened to each customer of a campaign; the
/// campaign side counts it. Test sends (<see cref="OutreachSend.Test"/>) are not reported.</summary>
public interface IOutreachOutcomes
{
    ValueTask RecordAsync(OutreachResult result, CancellationToken cancellationToken);
}

/// <param name="Reason">For <see cref="OutreachOutcome.Suppressed"/> and <see cref="OutreachOutcome.Failed"/>: why.</param>
public sealed record OutreachResult(
    string CampaignId,
    string Variant,
    string CustomerId,
    OutreachOutcome Outcome,
    DateTimeOffset At,
    string? Reason = null);
