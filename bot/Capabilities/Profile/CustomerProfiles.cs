using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Capabilities.Profile;

/// <summary>What the shopper's profile holds and what they told it: marketing consent per channel, and the profile
/// as of now (lifecycle stage, interests) for recommendations and outreach.</summary>
public sealed class CustomerProfiles(IProfileSignals signals, ProfileReader profiles)
{
    /// <summary>Records the shopper's yes or no to marketing messages on this channel; false when the profile cannot
    /// take it now (no channel user to keep it for, or the update buffer is full).</summary>
    public bool SetMarketingConsent(CustomerSession session, bool granted) =>
        session.ChannelUser is { } user && session.ProfileSubject is { } subject
        && signals.Record(new MarketingConsentGiven(subject, user.Channel, granted));

    public Task<ProfileSnapshot?> GetSnapshotAsync(CustomerSession session, CancellationToken cancellationToken) =>
        session.CustomerId is { } customerId ? profiles.GetAsync(customerId, cancellationToken)
        : session.ChannelUser is { } user ? profiles.FindAsync(user, cancellationToken)
        : Task.FromResult<ProfileSnapshot?>(null);
}
