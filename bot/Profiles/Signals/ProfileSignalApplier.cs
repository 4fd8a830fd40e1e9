using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Lifecycle;
using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.Profiles.Storage;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Profiles.Signals;

/// <summary>Applies one signal to the store: finds (or starts) the profile, changes it, and recomputes the stage.</summary>
public sealed class ProfileSignalApplier(
    IProfileStore store,
    LifecycleClassifier lifecycle,
    IOptions<InterestOptions> interestOptions,
    RecentErasures erasures,
    TimeProvider time)
{
    public async Task ApplyAsync(PendingSignal pending, CancellationToken cancellationToken)
    {
        var (signal, at) = pending;
        if (erasures.Covers(signal, at))
        {
            return; // Recorded before the customer's data was erased: applying it would bring some back.
        }
        if (signal is CustomerIdentified identified)
        {
            await new IdentityLinker(store, this).LinkAsync(identified, at, cancellationToken);
            return;
        }
        var profileId = signal.Subject.CustomerId
            ?? await store.FindProfileIdAsync(signal.Subject.User!, cancellationToken)
            ?? ProfileIds.Anonymous(signal.Subject.User!);
        await store.UpdateAsync(profileId, profile =>
        {
            Touch(profile, signal.Subject.User, at);
            Apply(profile, signal, at);
            Restage(profile);
        }, cancellationToken);
    }

    internal InterestOptions Interests => interestOptions.Value;

    internal static void Touch(CustomerProfile profile, ChannelUser? user, DateTimeOffset at)
    {
        profile.CreatedAt ??= at;
        profile.UpdatedAt = profile.UpdatedAt > at ? profile.UpdatedAt : at;
        if (user is not null)
        {
            profile.ChannelUsers.Add(user);
        }
    }

    internal void Restage(CustomerProfile profile)
    {
        var now = time.GetUtcNow();
        profile.Stage = lifecycle.Classify(profile, now);
        profile.StageComputedAt = now;
    }

    private void Apply(CustomerProfile profile, ProfileSignal signal, DateTimeOffset at)
    {
        var settings = interestOptions.Value;
        switch (signal)
        {
            case InterestShown interest:
                profile.Interests.Add(interest.ProductType, interest.Options, settings.WeightOf(interest.Source), at, settings);
                profile.Engaged(at);
                break;
            case OrderPlaced order:
                var placedAt = order.PlacedAt ?? at;
                if (profile.Orders.TryGetValue(order.OrderId, out var known))
                {
                    profile.Orders[order.OrderId] = placedAt < known ? placedAt : known;
                    break;
                }
                profile.Orders[order.OrderId] = placedAt;
                foreach (var product in order.Products)
                {
                    profile.Interests.Add(product.ProductType, product.Options, settings.OrderWeight, at, settings);
                }
                profile.Engaged(placedAt);
                break;
            case MessageExchanged message:
                var contacts = profile.LastContacts.GetValueOrDefault(message.Channel) ?? new ChannelContacts(null, null);
                profile.LastContacts[message.Channel] = message.Direction == ContactDirection.Inbound
                    ? contacts with { LastInbound = Later(contacts.LastInbound, at) }
                    : contacts with { LastOutbound = Later(contacts.LastOutbound, at) };
                if (message.Direction == ContactDirection.Inbound)
                {
                    profile.Engaged(at);
                }
                if (!string.IsNullOrEmpty(message.ConversationId))
                {
                    profile.Conversations.Add(new ChannelConversation(message.Channel, message.ConversationId));
                }
                break;
            case DetailsProvided details:
                profile.Name = details.Name ?? profile.Name;
                profile.Locale = details.Locale ?? profile.Locale;
                profile.TimeZone = details.TimeZone ?? profile.TimeZone;
                break;
            case MarketingConsentGiven consent:
                var previous = profile.MarketingConsent.GetValueOrDefault(consent.Channel);
                if (previous is null || previous.At <= at)
                {
                    profile.MarketingConsent[consent.Channel] = new MarketingConsent(consent.Granted, at);
                }
                break;
            default:
                throw new ArgumentException($"Unknown profile signal {signal.GetType().Name}.", nameof(signal));
        }
    }

    internal static DateTimeOffset Later(DateTimeOffset? current, DateTimeOffset at) => current is { } c && c > at ? c : at;
}
