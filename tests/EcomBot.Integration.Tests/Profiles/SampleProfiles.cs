using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Interests;

namespace EcomBot.Integration.Tests.Profiles;

internal static class SampleProfiles
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A profile with every field set, times on whole milliseconds as stored.</summary>
    public static CustomerProfile Complete(string id) => Fill(new CustomerProfile(id));

    /// <summary>Sets every field of <paramref name="profile"/> to the sample values.</summary>
    public static CustomerProfile Fill(CustomerProfile profile)
    {
        var at = Now;
        (profile.Name, profile.Locale, profile.TimeZone, profile.LastEngagedAt) = ("Mia Garcia", "es-ES", "Europe/Madrid", at.AddHours(-1));
        (profile.Stage, profile.StageComputedAt, profile.CreatedAt, profile.UpdatedAt) = (LifecycleStage.Loyal, at, at.AddDays(-90), at);
        profile.ChannelUsers.Add(new ChannelUser("webchat", "dl_123"));
        profile.ChannelUsers.Add(new ChannelUser("msteams", "29:abc"));
        profile.Conversations.Add(new ChannelConversation("webchat", "conv-1"));
        profile.MarketingConsent["webchat"] = new MarketingConsent(true, at.AddDays(-2));
        profile.MarketingConsent["msteams"] = new MarketingConsent(false, at.AddDays(-1));
        profile.Interests.ProductTypes["Hiking Boots"] = new InterestWeight(9.5, at.AddDays(-3));
        profile.Interests.Options["color=black"] = new InterestWeight(2.25, at.AddDays(-4));
        profile.LastContacts["webchat"] = new ChannelContacts(at.AddMinutes(-5), at.AddMinutes(-4));
        profile.LastContacts["msteams"] = new ChannelContacts(null, at.AddDays(-7));
        profile.Orders["#W2611340"] = at.AddDays(-10);
        return profile;
    }

    public static void AssertSame(CustomerProfile expected, CustomerProfile actual)
    {
        Assert.Equal(
            (expected.Id, expected.Name, expected.Locale, expected.TimeZone, expected.LastEngagedAt, expected.Stage, expected.StageComputedAt),
            (actual.Id, actual.Name, actual.Locale, actual.TimeZone, actual.LastEngagedAt, actual.Stage, actual.StageComputedAt));
        Assert.Equal((expected.CreatedAt, expected.UpdatedAt), (actual.CreatedAt, actual.UpdatedAt));
        Assert.Equal(expected.ChannelUsers.OrderBy(u => u.ToString()), actual.ChannelUsers.OrderBy(u => u.ToString()));
        Assert.Equal(expected.Conversations.OrderBy(c => c.ConversationId), actual.Conversations.OrderBy(c => c.ConversationId));
        Assert.Equal(expected.MarketingConsent.OrderBy(c => c.Key), actual.MarketingConsent.OrderBy(c => c.Key));
        Assert.Equal(expected.Interests.ProductTypes.OrderBy(i => i.Key), actual.Interests.ProductTypes.OrderBy(i => i.Key));
        Assert.Equal(expected.Interests.Options.OrderBy(i => i.Key), actual.Interests.Options.OrderBy(i => i.Key));
        Assert.Equal(expected.LastContacts.OrderBy(c => c.Key), actual.LastContacts.OrderBy(c => c.Key));
        Assert.Equal(expected.Orders.OrderBy(o => o.Key), actual.Orders.OrderBy(o => o.Key));
    }
}
