using EcomBot.Bot.Profiles.Interests;

namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>A profile as JSON for <c>GET /api/profiles/{id}</c> and the export: every stored field, plus the stage
/// and interest weights as of the request.</summary>
public sealed record ProfileDocument(
    string Id,
    bool Identified,
    string? Name,
    string? Locale,
    string? TimeZone,
    string LifecycleStage,
    DateTimeOffset AsOf,
    string StoredStage,
    DateTimeOffset? StoredStageComputedAt,
    IReadOnlyList<ChannelUser> ChannelUsers,
    IReadOnlyList<ChannelConversation> Conversations,
    IReadOnlyDictionary<string, MarketingConsent> MarketingConsent,
    IReadOnlyList<RankedInterest> ProductTypeInterests,
    IReadOnlyList<RankedInterest> OptionPreferences,
    IReadOnlyDictionary<string, ChannelContacts> LastContacts,
    IReadOnlyDictionary<string, DateTimeOffset> Orders,
    DateTimeOffset? LastEngagedAt,
    DateTimeOffset? LastFrustratedAt,
    DateTimeOffset? LastSupportIssueAt,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt)
{
    public static ProfileDocument From(ProfileSnapshot snapshot)
    {
        var profile = snapshot.Profile;
        return new ProfileDocument(
            profile.Id, profile.IsIdentified, profile.Name, profile.Locale, profile.TimeZone,
            snapshot.Stage.ToString(), snapshot.AsOf, profile.Stage.ToString(), profile.StageComputedAt,
            [.. profile.ChannelUsers], [.. profile.Conversations], profile.MarketingConsent,
            snapshot.ProductTypes, snapshot.OptionPreferences, profile.LastContacts, profile.Orders,
            profile.LastEngagedAt, profile.LastFrustratedAt, profile.LastSupportIssueAt, profile.CreatedAt, profile.UpdatedAt);
    }
}
