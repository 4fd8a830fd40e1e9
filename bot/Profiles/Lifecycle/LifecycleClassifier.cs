using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Profiles.Lifecycle;

/// <summary>
/// Computes a customer's stage from their orders and engagement, in this order of rules:
/// no order: <b>prospect</b>; last order older than <c>LapsedAfterDays</c>: <b>lapsed</b> (<b>at risk</b> if
/// engaged within <c>EngagementWindowDays</c>); older than <c>AtRiskAfterDays</c>: <b>at risk</b> (<b>active</b> if
/// engaged); at least <c>LoyalMinimumOrders</c> within <c>LoyalWindowDays</c>: <b>loyal</b>; first order at most
/// <c>NewCustomerDays</c> old: <b>new</b>; otherwise <b>active</b>. Boundaries are inclusive of the younger stage:
/// exactly <c>AtRiskAfterDays</c> since the last order is still not at risk.
/// Order times are those recorded in the profile (<see cref="CustomerProfile.Orders"/>): the time of the order
/// event, or for orders the store lists without a date (the demo store's history) the time the profile first saw them.
/// </summary>
public sealed class LifecycleClassifier(IOptions<LifecycleOptions> options, TimeProvider time)
{
    public LifecycleStage Current(CustomerProfile profile) => Classify(profile, time.GetUtcNow());

    public LifecycleStage Classify(CustomerProfile profile, DateTimeOffset now)
    {
        if (profile.Orders.Count == 0)
        {
            return LifecycleStage.Prospect;
        }
        var settings = options.Value;
        var sinceLastOrder = now - profile.Orders.Values.Max();
        var engaged = profile.LastEngagedAt is { } engagedAt && now - engagedAt <= Days(settings.EngagementWindowDays);

        if (sinceLastOrder > Days(settings.LapsedAfterDays))
        {
            return engaged ? LifecycleStage.AtRisk : LifecycleStage.Lapsed;
        }
        if (sinceLastOrder > Days(settings.AtRiskAfterDays))
        {
            return engaged ? LifecycleStage.Active : LifecycleStage.AtRisk;
        }
        if (profile.Orders.Values.Count(at => now - at <= Days(settings.LoyalWindowDays)) >= settings.LoyalMinimumOrders)
        {
            return LifecycleStage.Loyal;
        }
        return now - profile.Orders.Values.Min() <= Days(settings.NewCustomerDays) ? LifecycleStage.New : LifecycleStage.Active;
    }

    private static TimeSpan Days(int days) => TimeSpan.FromDays(days);
}
