using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Storage;

namespace EcomBot.Bot.Tests.Profiles;

public sealed class ProfileHashCodecTests
{
    [Fact]
    public void ChannelUserIdsWithColonsSurvive()
    {
        var profile = new CustomerProfile("customer_1");
        profile.ChannelUsers.Add(new ChannelUser("msteams", "29:1a-b:c"));
        profile.Conversations.Add(new ChannelConversation("msteams", "a:19:meeting@thread.v2"));

        var decoded = ProfileHashCodec.Decode(profile.Id, ProfileHashCodec.Encode(profile));

        Assert.Equal(new ChannelUser("msteams", "29:1a-b:c"), Assert.Single(decoded.ChannelUsers));
        Assert.Equal(new ChannelConversation("msteams", "a:19:meeting@thread.v2"), Assert.Single(decoded.Conversations));
    }

    [Fact]
    public void FieldNamesAreShort()
    {
        var profile = new CustomerProfile("customer_1") { Name = "Ana", LastEngagedAt = ProfileTestClock.Start };
        profile.ChannelUsers.Add(new ChannelUser("webchat", "dl_1"));
        profile.Conversations.Add(new ChannelConversation("webchat", "c1"));
        profile.MarketingConsent["webchat"] = new MarketingConsent(true, ProfileTestClock.Start);
        profile.Interests.Add("Lamp", new Dictionary<string, string> { ["color"] = "red" }, 1, ProfileTestClock.Start, new InterestOptions());
        profile.LastContacts["webchat"] = new ChannelContacts(ProfileTestClock.Start, ProfileTestClock.Start);
        profile.Orders["#W1"] = ProfileTestClock.Start;

        var fields = ProfileHashCodec.Encode(profile);

        Assert.All(fields, field => Assert.True(field.Key.IndexOf(':', StringComparison.Ordinal) is -1 or <= 2, field.Key));
    }

    [Fact]
    public void UnknownFieldsFromANewerVersionAreIgnored()
    {
        var fields = ProfileHashCodec.Encode(new CustomerProfile("customer_1") { Name = "Ana" });
        fields.Add(new("zz:future", "1"));

        Assert.Equal("Ana", ProfileHashCodec.Decode("customer_1", fields).Name);
    }

    [Fact]
    public void InterestWeightsKeepFullPrecision()
    {
        var profile = new CustomerProfile("customer_1");
        profile.Interests.ProductTypes["Lamp"] = new InterestWeight(1.0 / 3, ProfileTestClock.Start);

        var decoded = ProfileHashCodec.Decode(profile.Id, ProfileHashCodec.Encode(profile));

        Assert.Equal(1.0 / 3, decoded.Interests.ProductTypes["Lamp"].Weight);
    }
}
