namespace EcomBot.Bot.Outreach;

/// <summary>Asked by the delivery side just before each send: a paused campaign's sends wait, a cancelled campaign's
/// are dropped (and not counted as sent).</summary>
public interface ICampaignGate
{
    ValueTask<CampaignSendState> StateAsync(string campaignId, CancellationToken cancellationToken);
}

public enum CampaignSendState
{
    Active,
    Paused,
    Cancelled,
}
