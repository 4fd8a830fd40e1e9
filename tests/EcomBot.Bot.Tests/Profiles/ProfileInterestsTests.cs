using EcomBot.Bot.Profiles.Interests;

namespace EcomBot.Bot.Tests.Profiles;

public sealed class ProfileInterestsTests
{
    private static readonly DateTimeOffset Now = ProfileTestClock.Start;
    private readonly InterestOptions _settings = new();

    [Fact]
    public void AnInterestCountsHalfAfterOneHalfLife()
    {
        var weight = new InterestWeight(8, Now);

        Assert.Equal(4, weight.DecayedTo(Now + _settings.HalfLife, _settings.HalfLife), precision: 9);
    }

    [Fact]
    public void AnOrderOutweighsASearchMadeAtTheSameTime()
    {
        var interests = new ProfileInterests();
        interests.Add("Sneakers", null, _settings.WeightOf(InterestSource.Search), Now, _settings);
        interests.Add("Backpack", null, _settings.WeightOf(InterestSource.Order), Now, _settings);

        Assert.Equal(["Backpack", "Sneakers"], interests.RankedProductTypes(Now, _settings.HalfLife).Select(i => i.Key));
    }

    [Fact]
    public void RecentSearchesOutrankAnOrderFromMonthsAgo()
    {
        var interests = new ProfileInterests();
        interests.Add("Backpack", null, _settings.OrderWeight, Now.AddDays(-120), _settings);
        interests.Add("Sneakers", null, _settings.SearchWeight, Now, _settings);

        Assert.Equal("Sneakers", interests.RankedProductTypes(Now, _settings.HalfLife)[0].Key);
    }

    [Fact]
    public void RepeatedSignalsAddUpAfterDecayingTheOldWeight()
    {
        var interests = new ProfileInterests();
        interests.Add("Sneakers", null, 4, Now, _settings);
        interests.Add("sneakers", null, 1, Now + _settings.HalfLife, _settings);

        var ranked = Assert.Single(interests.RankedProductTypes(Now + _settings.HalfLife, _settings.HalfLife));
        Assert.Equal(3, ranked.Weight, precision: 9);
    }

    [Fact]
    public void OptionPreferencesAreKeptAsLowerCaseNameValuePairs()
    {
        var interests = new ProfileInterests();
        interests.Add("T-Shirt", new Dictionary<string, string> { ["Color"] = "Black", ["size"] = "M" }, 2, Now, _settings);

        var options = interests.RankedOptions(Now, _settings.HalfLife);
        Assert.Equal(["color=black", "size=m"], options.Select(o => o.Key));
        Assert.Equal(("color", "black"), (options[0].Name, options[0].Value));
    }

    [Fact]
    public void TheWeakestInterestIsForgottenPastTheLimit()
    {
        var settings = new InterestOptions { MaxEntries = 2 };
        var interests = new ProfileInterests();
        interests.Add("Backpack", null, 5, Now, settings);
        interests.Add("Sneakers", null, 1, Now, settings);
        interests.Add("Jacket", null, 3, Now, settings);

        Assert.Equal(["Backpack", "Jacket"], interests.RankedProductTypes(Now, settings.HalfLife).Select(i => i.Key));
    }
}
