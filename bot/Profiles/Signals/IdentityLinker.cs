using EcomBot.Bot.Profiles.Storage;

namespace EcomBot.Bot.Profiles.Signals;

/// <summary>
/// Links a channel user to the store customer they proved to be. What an anonymous profile learned is merged into
/// the customer's and the anonymous one deleted; a channel user who was linked to another customer moves over.
/// </summary>
internal sealed class IdentityLinker(IProfileStore store, ProfileSignalApplier applier)
{
    public async Task LinkAsync(CustomerIdentified signal, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var current = await store.FindProfileIdAsync(signal.User, cancellationToken);
        var previous = current is null || current == signal.CustomerId ? null : await store.GetAsync(current, cancellationToken);

        await store.UpdateAsync(signal.CustomerId, profile =>
        {
            ProfileSignalApplier.Touch(profile, signal.User, at);
            profile.Name = signal.Name ?? profile.Name;
            if (previous is { IsIdentified: false })
            {
                Merge(profile, previous, at);
            }
            applier.Restage(profile);
        }, cancellationToken);

        if (previous is { IsIdentified: true })
        {
            await store.UpdateAsync(previous.Id, profile => profile.ChannelUsers.Remove(signal.User), cancellationToken);
        }
        // Also when a retry finds the user already linked: the merge happened, the delete may not have.
        await store.DeleteAsync(ProfileIds.Anonymous(signal.User), cancellationToken);
    }

    private void Merge(CustomerProfile into, CustomerProfile from, DateTimeOffset at)
    {
        into.ChannelUsers.UnionWith(from.ChannelUsers);
        into.Conversations.UnionWith(from.Conversations);
        into.Name ??= from.Name;
        into.Locale ??= from.Locale;
        into.TimeZone ??= from.TimeZone;
        into.Interests.MergeFrom(from.Interests, at, applier.Interests);
        foreach (var (order, placedAt) in from.Orders)
        {
            into.Orders[order] = into.Orders.TryGetValue(order, out var known) && known < placedAt ? known : placedAt;
        }
        foreach (var (channel, contacts) in from.LastContacts)
        {
            var mine = into.LastContacts.GetValueOrDefault(channel) ?? new ChannelContacts(null, null);
            into.LastContacts[channel] = new ChannelContacts(Latest(mine.LastInbound, contacts.LastInbound), Latest(mine.LastOutbound, contacts.LastOutbound));
        }
        foreach (var (channel, consent) in from.MarketingConsent)
        {
            if (!into.MarketingConsent.TryGetValue(channel, out var mine) || mine.At < consent.At)
            {
                into.MarketingConsent[channel] = consent;
            }
        }
        if (from.LastEngagedAt is { } engaged)
        {
            into.Engaged(engaged);
        }
        into.LastFrustratedAt = Latest(into.LastFrustratedAt, from.LastFrustratedAt);
        into.LastSupportIssueAt = Latest(into.LastSupportIssueAt, from.LastSupportIssueAt);
        if (from.CreatedAt < into.CreatedAt)
        {
            into.CreatedAt = from.CreatedAt;
        }
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
