namespace EcomBot.Bot.Outreach;

/// <summary>The campaign message a conversation last received, kept in its conversation state by the delivery side, so
/// the customer's reply ("show me", a tap on a pick, "not now", "stop") is read in the campaign's context.</summary>
public sealed record OutreachContext(string CampaignId, string Variant, IReadOnlyList<OutreachPick> Picks, DateTimeOffset SentAt);
