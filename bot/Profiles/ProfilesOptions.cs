using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Profiles;

/// <summary>Settings of the profile API (section <c>Profiles</c>); thresholds live in its sub-sections
/// <c>Profiles:Lifecycle</c>, <c>Profiles:Interests</c> and <c>Profiles:Signals</c>.</summary>
public sealed class ProfilesOptions : IValidatableObject
{
    public const string SectionName = "Profiles";

    private const int MinimumKeyLength = 16;

    /// <summary>The key an operator sends as <c>X-Admin-Key</c> to read, export or erase profiles. Empty (the default)
    /// turns those endpoints off: they answer 404.</summary>
    public string AdminApiKey { get; set; } = "";

    public bool AdminApiEnabled => AdminApiKey.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AdminApiKey.Length is > 0 and < MinimumKeyLength)
        {
            yield return new ValidationResult(
                $"Profiles:AdminApiKey must be empty (profile API off) or at least {MinimumKeyLength} characters.",
                [nameof(AdminApiKey)]);
        }
    }
}
