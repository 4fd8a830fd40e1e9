using EcomBot.Bot.Profiles.Interests;

namespace EcomBot.Bot.Profiles;

/// <summary>A profile as of <see cref="AsOf"/>: its lifecycle stage and interests (strongest first, decayed) computed
/// for that moment, which is what recommendations, outreach and the profile API read.</summary>
public sealed record ProfileSnapshot(
    CustomerProfile Profile,
    LifecycleStage Stage,
    IReadOnlyList<RankedInterest> ProductTypes,
    IReadOnlyList<RankedInterest> OptionPreferences,
    DateTimeOffset AsOf);
