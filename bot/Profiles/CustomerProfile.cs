using EcomBot.Bot.Profiles.Interests;

namespace EcomBot.Bot.Profiles;

/// <summary>
/// Everything the bot learns about one customer: the channel accounts linked to them, how to address them,
/// marketing consent per channel, interests, last contacts, orders seen and the lifecycle stage. Stores hand out
/// copies; change a profile through <see cref="Storage.IProfileStore.UpdateAsync"/>.
/// </summary>
public sealed class CustomerProfile(string id)
{
    /// <summary>The store customer id, or an anonymous id (<see cref="ProfileIds.Anonymous"/>) until identified.</summary>
    public string Id { get; } = id;

    public bool IsIdentified => !ProfileIds.IsAnonymous(Id);

    public string? Name { get; set; }

    public string? Locale { get; set; }

    /// <summary>An IANA or Windows time zone id, for quiet hours.</summary>
    public string? TimeZone { get; set; }

    public HashSet<ChannelUser> ChannelUsers { get; } = [];

    /// <summary>Channel conversations the customer took part in, so erasure can find their conversation state.</summary>
    public HashSet<ChannelConversation> Conversations { get; } = [];

    /// <summary>Marketing consent by channel id; no entry means never asked, which outreach must treat as no.</summary>
    public Dictionary<string, MarketingConsent> MarketingConsent { get; } = new(StringComparer.Ordinal);

    public ProfileInterests Interests { get; } = new();

    /// <summary>Last inbound and outbound message by channel id.</summary>
    public Dictionary<string, ChannelContacts> LastContacts { get; } = new(StringComparer.Ordinal);

    /// <summary>Orders by id, with the time the order was placed or, for orders the store reports without a date,
    /// the time the profile first learned of it (see <see cref="Lifecycle.LifecycleClassifier"/>).</summary>
    public Dictionary<string, DateTimeOffset> Orders { get; } = new(StringComparer.Ordinal);

    /// <summary>Last time the customer did something: wrote to the bot, searched, viewed, carted or ordered.</summary>
    public DateTimeOffset? LastEngagedAt { get; set; }

    /// <summary>Last time the customer's conversation showed frustration (angry words, a complaint; with a chat model, the
    /// conversation summary's sentiment). Outreach holds marketing back for a while after it.</summary>
    public DateTimeOffset? LastFrustratedAt { get; set; }

    /// <summary>Last time the customer raised a support problem (a return, an exchange, a complaint, a hand-off to a
    /// person). Outreach keeps quiet for <c>Outreach:QuietAfterSupportDays</c> after it.</summary>
    public DateTimeOffset? LastSupportIssueAt { get; set; }

    /// <summary>The stage as of the last event; read it through <see cref="ProfileReader"/> to have it as of now.</summary>
    public LifecycleStage Stage { get; set; }

    public DateTimeOffset? StageComputedAt { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Incremented by the store on every write; its optimistic-concurrency token.</summary>
    public long Version { get; set; }

    public void Engaged(DateTimeOffset at)
    {
        if (LastEngagedAt is null || at > LastEngagedAt)
        {
            LastEngagedAt = at;
        }
    }
}
