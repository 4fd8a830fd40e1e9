using EcomBot.Bot.Profiles.Interests;

namespace EcomBot.Bot.Profiles.Signals;

/// <summary>Something that happened which the customer's profile should learn from; recorded through
/// <see cref="IProfileSignals.Record"/> and applied in the background.</summary>
public abstract record ProfileSignal(ProfileSubject Subject);

/// <summary>The customer searched for, viewed or carted a product (type and the options they picked or asked for).</summary>
public sealed record InterestShown(
    ProfileSubject Subject, InterestSource Source, string ProductType, IReadOnlyDictionary<string, string>? Options = null)
    : ProfileSignal(Subject);

/// <summary>The customer placed an order, or an order of theirs became known. Without <paramref name="PlacedAt"/>
/// (the demo store keeps no order dates) the order counts from the time it was recorded. Recording an order
/// twice changes nothing.</summary>
public sealed record OrderPlaced(
    ProfileSubject Subject, string OrderId, IReadOnlyList<OrderedProduct> Products, DateTimeOffset? PlacedAt = null)
    : ProfileSignal(Subject);

public sealed record OrderedProduct(string ProductType, IReadOnlyDictionary<string, string>? Options = null);

public enum ContactDirection
{
    Inbound,
    Outbound,
}

/// <summary>A message went from the customer to the bot (inbound) or the other way (outbound).</summary>
public sealed record MessageExchanged(
    ProfileSubject Subject, string Channel, ContactDirection Direction, string? ConversationId = null)
    : ProfileSignal(Subject);

/// <summary>The channel user proved to be this store customer: links them, merging what was learned before.</summary>
public sealed record CustomerIdentified(ChannelUser User, string CustomerId, string? Name = null)
    : ProfileSignal(ProfileSubject.Of(User))
{
    public string CustomerId { get; } = ProfileIds.IsValidCustomerId(CustomerId)
        ? CustomerId
        : throw new ArgumentException("Not a store customer id.", nameof(CustomerId));
}

/// <summary>How to address the customer; null fields are left as they are.</summary>
public sealed record DetailsProvided(ProfileSubject Subject, string? Name = null, string? Locale = null, string? TimeZone = null)
    : ProfileSignal(Subject);

/// <summary>The customer said yes or no to marketing messages on a channel.</summary>
public sealed record MarketingConsentGiven(ProfileSubject Subject, string Channel, bool Granted) : ProfileSignal(Subject);
