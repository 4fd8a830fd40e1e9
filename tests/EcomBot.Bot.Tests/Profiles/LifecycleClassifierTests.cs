using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Lifecycle;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Profiles;

/// <summary>One test per stage boundary, with the default thresholds: new 30 days, loyal 3 orders in 365 days,
/// at risk after 60 days, lapsed after 180 days, engagement window 14 days.</summary>
public sealed class LifecycleClassifierTests
{
    private static readonly DateTimeOffset Now = ProfileTestClock.Start;
    private readonly LifecycleClassifier _classifier = new(Options.Create(new LifecycleOptions()), ProfileTestClock.Create());

    [Fact]
    public void ACustomerWithoutOrdersIsAProspectEvenWhenEngaged()
    {
        var profile = Profile([], engagedDaysAgo: 0);

        Assert.Equal(LifecycleStage.Prospect, _classifier.Classify(profile, Now));
    }

    [Theory]
    [InlineData(0, LifecycleStage.New)]
    [InlineData(30, LifecycleStage.New)]
    [InlineData(31, LifecycleStage.Active)]
    public void AFirstOrderIsNewForThirtyDaysThenActive(int daysAgo, LifecycleStage expected)
    {
        Assert.Equal(expected, _classifier.Classify(Profile(daysAgo), Now));
    }

    [Theory]
    [InlineData(60, LifecycleStage.Active)]
    [InlineData(61, LifecycleStage.AtRisk)]
    [InlineData(180, LifecycleStage.AtRisk)]
    [InlineData(181, LifecycleStage.Lapsed)]
    public void WithoutEngagementTheLastOrdersAgeDecidesAtRiskAndLapsed(int lastOrderDaysAgo, LifecycleStage expected)
    {
        Assert.Equal(expected, _classifier.Classify(Profile(lastOrderDaysAgo + 100, lastOrderDaysAgo), Now));
    }

    [Theory]
    [InlineData(14, LifecycleStage.Active)]
    [InlineData(15, LifecycleStage.AtRisk)]
    public void RecentEngagementLiftsAnAtRiskCustomerToActive(int engagedDaysAgo, LifecycleStage expected)
    {
        Assert.Equal(expected, _classifier.Classify(Profile([90], engagedDaysAgo), Now));
    }

    [Theory]
    [InlineData(14, LifecycleStage.AtRisk)]
    [InlineData(15, LifecycleStage.Lapsed)]
    public void RecentEngagementLiftsALapsedCustomerToAtRisk(int engagedDaysAgo, LifecycleStage expected)
    {
        Assert.Equal(expected, _classifier.Classify(Profile([400], engagedDaysAgo), Now));
    }

    [Theory]
    [InlineData(365, LifecycleStage.Loyal)]
    [InlineData(366, LifecycleStage.Active)]
    public void ThreeOrdersWithinAYearMakeACustomerLoyal(int oldestOrderDaysAgo, LifecycleStage expected)
    {
        Assert.Equal(expected, _classifier.Classify(Profile(oldestOrderDaysAgo, 40, 5), Now));
    }

    [Fact]
    public void ALoyalCustomerWhoStopsOrderingBecomesAtRisk()
    {
        Assert.Equal(LifecycleStage.AtRisk, _classifier.Classify(Profile(100, 80, 61), Now));
    }

    [Fact]
    public void ThreeOrdersInTheFirstWeekAreLoyalRatherThanNew()
    {
        Assert.Equal(LifecycleStage.Loyal, _classifier.Classify(Profile(6, 3, 1), Now));
    }

    [Fact]
    public void CurrentStageUsesTheInjectedClock()
    {
        var clock = ProfileTestClock.Create();
        var classifier = new LifecycleClassifier(Options.Create(new LifecycleOptions()), clock);
        var profile = Profile(0);

        clock.Advance(TimeSpan.FromDays(61));

        Assert.Equal(LifecycleStage.AtRisk, classifier.Current(profile));
    }

    private static CustomerProfile Profile(params int[] orderDaysAgo) => Profile(orderDaysAgo, engagedDaysAgo: null);

    private static CustomerProfile Profile(int[] orderDaysAgo, int? engagedDaysAgo)
    {
        var profile = new CustomerProfile("customer_1");
        for (var i = 0; i < orderDaysAgo.Length; i++)
        {
            profile.Orders[$"#W{i}"] = Now.AddDays(-orderDaysAgo[i]);
        }
        if (engagedDaysAgo is { } days)
        {
            profile.LastEngagedAt = Now.AddDays(-days);
        }
        return profile;
    }
}
