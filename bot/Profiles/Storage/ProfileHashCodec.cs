using System.Globalization;
using EcomBot.Bot.Profiles.Interests;

namespace EcomBot.Bot.Profiles.Storage;

/// <summary>
/// A profile as flat, compact field/value pairs: one Redis hash per customer, and the in-process store's copy, so
/// both backends keep exactly the same data. Times are Unix milliseconds; weights are written round-trippable.
/// Fields: <c>v</c> version, <c>n</c> name, <c>lo</c> locale, <c>tz</c> time zone, <c>e</c> last engaged,
/// <c>st</c>/<c>sa</c> stage and when computed, <c>ca</c>/<c>ua</c> created/updated, <c>u:{channel}:{user}</c>
/// channel accounts, <c>cv:{channel}:{conversation}</c> conversations, <c>mc:{channel}</c> consent (<c>1|0:{time}</c>),
/// <c>pt:{type}</c>/<c>po:{name=value}</c> interests (<c>{weight}:{time}</c>), <c>ci:</c>/<c>co:{channel}</c> last
/// inbound/outbound, <c>o:{order}</c> orders.
/// </summary>
public static class ProfileHashCodec
{
    public const string VersionField = "v";

    public static List<KeyValuePair<string, string>> Encode(CustomerProfile profile)
    {
        var fields = new List<KeyValuePair<string, string>> { new(VersionField, Number(profile.Version)) };
        void Add(string field, string? value)
        {
            if (value is not null)
            {
                fields.Add(new(field, value));
            }
        }
        Add("n", profile.Name);
        Add("lo", profile.Locale);
        Add("tz", profile.TimeZone);
        Add("e", Time(profile.LastEngagedAt));
        Add("fr", Time(profile.LastFrustratedAt));
        Add("si", Time(profile.LastSupportIssueAt));
        Add("st", profile.Stage.ToString());
        Add("sa", Time(profile.StageComputedAt));
        Add("ca", Time(profile.CreatedAt));
        Add("ua", Time(profile.UpdatedAt));
        foreach (var user in profile.ChannelUsers)
        {
            Add($"u:{user.Channel}:{user.UserId}", "1");
        }
        foreach (var conversation in profile.Conversations)
        {
            Add($"cv:{conversation.Channel}:{conversation.ConversationId}", "1");
        }
        foreach (var (channel, consent) in profile.MarketingConsent)
        {
            Add($"mc:{channel}", $"{(consent.Granted ? 1 : 0)}:{Time(consent.At)}");
        }
        foreach (var (type, weight) in profile.Interests.ProductTypes)
        {
            Add($"pt:{type}", Weight(weight));
        }
        foreach (var (option, weight) in profile.Interests.Options)
        {
            Add($"po:{option}", Weight(weight));
        }
        foreach (var (channel, contacts) in profile.LastContacts)
        {
            Add($"ci:{channel}", Time(contacts.LastInbound));
            Add($"co:{channel}", Time(contacts.LastOutbound));
        }
        foreach (var (order, at) in profile.Orders)
        {
            Add($"o:{order}", Time(at));
        }
        return fields;
    }

    public static CustomerProfile Decode(string id, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var profile = new CustomerProfile(id);
        foreach (var (field, value) in fields)
        {
            var (kind, rest) = field.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0
                ? (field[..colon], field[(colon + 1)..])
                : (field, "");
            switch (kind)
            {
                case VersionField: profile.Version = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "n": profile.Name = value; break;
                case "lo": profile.Locale = value; break;
                case "tz": profile.TimeZone = value; break;
                case "e": profile.LastEngagedAt = ParseTime(value); break;
                case "fr": profile.LastFrustratedAt = ParseTime(value); break;
                case "si": profile.LastSupportIssueAt = ParseTime(value); break;
                case "st": profile.Stage = Enum.Parse<LifecycleStage>(value); break;
                case "sa": profile.StageComputedAt = ParseTime(value); break;
                case "ca": profile.CreatedAt = ParseTime(value); break;
                case "ua": profile.UpdatedAt = ParseTime(value); break;
                case "u": profile.ChannelUsers.Add(SplitPair(rest, (c, u) => new ChannelUser(c, u))); break;
                case "cv": profile.Conversations.Add(SplitPair(rest, (c, v) => new ChannelConversation(c, v))); break;
                case "mc": profile.MarketingConsent[rest] = new MarketingConsent(value[0] == '1', ParseTime(value[2..])); break;
                case "pt": profile.Interests.ProductTypes[rest] = ParseWeight(value); break;
                case "po": profile.Interests.Options[rest] = ParseWeight(value); break;
                case "ci": profile.LastContacts[rest] = Contacts(profile, rest) with { LastInbound = ParseTime(value) }; break;
                case "co": profile.LastContacts[rest] = Contacts(profile, rest) with { LastOutbound = ParseTime(value) }; break;
                case "o": profile.Orders[rest] = ParseTime(value); break;
                default: break; // A field written by a newer version: keep reading the rest.
            }
        }
        return profile;
    }

    private static ChannelContacts Contacts(CustomerProfile profile, string channel) =>
        profile.LastContacts.GetValueOrDefault(channel) ?? new ChannelContacts(null, null);

    /// <summary>Channel ids never contain ':'; channel user and conversation ids may (Teams' <c>29:1abc</c>).</summary>
    private static T SplitPair<T>(string rest, Func<string, string, T> create)
    {
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return create(rest[..colon], rest[(colon + 1)..]);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? at) => at is { } value ? Number(value.ToUnixTimeMilliseconds()) : null;

    private static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(value, CultureInfo.InvariantCulture));

    private static string Weight(InterestWeight weight) =>
        $"{weight.Weight.ToString("R", CultureInfo.InvariantCulture)}:{Time(weight.At)}";

    private static InterestWeight ParseWeight(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return new InterestWeight(double.Parse(value[..colon], CultureInfo.InvariantCulture), ParseTime(value[(colon + 1)..]));
    }
}
