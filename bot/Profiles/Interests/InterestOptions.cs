using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Profiles.Interests;

/// <summary>How profile interests are weighted and forgotten (section <c>Profiles:Interests</c>).</summary>
public sealed class InterestOptions
{
    public const string SectionName = "Profiles:Interests";

    /// <summary>After this long an interest that was not renewed counts half.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Profiles:Interests:HalfLife must be between 1 day and 10 years.")]
    public TimeSpan HalfLife { get; set; } = TimeSpan.FromDays(30);

    [Range(0.0, 1000.0, ErrorMessage = "Profiles:Interests:SearchWeight must be between 0 and 1000.")]
    public double SearchWeight { get; set; } = 1;

    [Range(0.0, 1000.0, ErrorMessage = "Profiles:Interests:ViewWeight must be between 0 and 1000.")]
    public double ViewWeight { get; set; } = 2;

    [Range(0.0, 1000.0, ErrorMessage = "Profiles:Interests:CartWeight must be between 0 and 1000.")]
    public double CartWeight { get; set; } = 4;

    [Range(0.0, 1000.0, ErrorMessage = "Profiles:Interests:OrderWeight must be between 0 and 1000.")]
    public double OrderWeight { get; set; } = 8;

    /// <summary>Product types and option preferences kept each; the weakest are forgotten first, keeping profiles small.</summary>
    [Range(1, 1000, ErrorMessage = "Profiles:Interests:MaxEntries must be between 1 and 1000.")]
    public int MaxEntries { get; set; } = 40;

    public double WeightOf(InterestSource source) => source switch
    {
        InterestSource.Search => SearchWeight,
        InterestSource.View => ViewWeight,
        InterestSource.Cart => CartWeight,
        InterestSource.Order => OrderWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
