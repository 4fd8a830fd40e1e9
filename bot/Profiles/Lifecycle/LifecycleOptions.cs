using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Profiles.Lifecycle;

/// <summary>
/// Thresholds of the lifecycle stages (section <c>Profiles:Lifecycle</c>), in days; see
/// <see cref="LifecycleClassifier"/> for how they combine. Defaults suit a shop whose customers buy every month or two.
/// </summary>
public sealed class LifecycleOptions : IValidatableObject
{
    public const string SectionName = "Profiles:Lifecycle";

    /// <summary>A customer whose first order is at most this old is <see cref="LifecycleStage.New"/>.</summary>
    [Range(1, 3650, ErrorMessage = "Profiles:Lifecycle:NewCustomerDays must be between 1 and 3650.")]
    public int NewCustomerDays { get; set; } = 30;

    /// <summary>This many orders within <see cref="LoyalWindowDays"/> make a customer <see cref="LifecycleStage.Loyal"/>.</summary>
    [Range(2, 1000, ErrorMessage = "Profiles:Lifecycle:LoyalMinimumOrders must be between 2 and 1000.")]
    public int LoyalMinimumOrders { get; set; } = 3;

    [Range(1, 3650, ErrorMessage = "Profiles:Lifecycle:LoyalWindowDays must be between 1 and 3650.")]
    public int LoyalWindowDays { get; set; } = 365;

    /// <summary>No order for longer than this: <see cref="LifecycleStage.AtRisk"/>.</summary>
    [Range(1, 3650, ErrorMessage = "Profiles:Lifecycle:AtRiskAfterDays must be between 1 and 3650.")]
    public int AtRiskAfterDays { get; set; } = 60;

    /// <summary>No order for longer than this: <see cref="LifecycleStage.Lapsed"/>.</summary>
    [Range(1, 3650, ErrorMessage = "Profiles:Lifecycle:LapsedAfterDays must be between 1 and 3650.")]
    public int LapsedAfterDays { get; set; } = 180;

    /// <summary>A customer who wrote, searched, viewed or carted within this many days counts as engaged, which
    /// lifts an at-risk customer to active and a lapsed one to at risk.</summary>
    [Range(1, 3650, ErrorMessage = "Profiles:Lifecycle:EngagementWindowDays must be between 1 and 3650.")]
    public int EngagementWindowDays { get; set; } = 14;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AtRiskAfterDays >= LapsedAfterDays)
        {
            yield return new ValidationResult(
                "Profiles:Lifecycle:AtRiskAfterDays must be less than Profiles:Lifecycle:LapsedAfterDays.",
                [nameof(AtRiskAfterDays), nameof(LapsedAfterDays)]);
        }
        if (NewCustomerDays > AtRiskAfterDays)
        {
            yield return new ValidationResult(
                "Profiles:Lifecycle:NewCustomerDays must not exceed Profiles:Lifecycle:AtRiskAfterDays.",
                [nameof(NewCustomerDays), nameof(AtRiskAfterDays)]);
        }
        if (EngagementWindowDays >= AtRiskAfterDays)
        {
            yield return new ValidationResult(
                "Profiles:Lifecycle:EngagementWindowDays must be less than Profiles:Lifecycle:AtRiskAfterDays.",
                [nameof(EngagementWindowDays), nameof(AtRiskAfterDays)]);
        }
    }
}
