using EcomBot.Bot.Commerce.Rules;
using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Commerce;

/// <summary>Settings of the embedded demo store (section <c>Commerce</c>). Changes go to Redis when
/// <c>Redis:ConnectionString</c> is set, otherwise they stay in this process.</summary>
public sealed class CommerceOptions
{
    public const string SectionName = "Commerce";

    /// <summary>The demo store's <c>db.json</c>; a relative path is resolved against the application's folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "data/tau2-retail/db.json";

    /// <summary>Prefix of the Redis keys that hold changed records.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression(@"^\S+$", ErrorMessage = "Commerce:RedisKeyPrefix must not contain spaces.")]
    public string RedisKeyPrefix { get; set; } = "ecombot:commerce:";

    /// <summary>How a pending order's swapped items are priced: each by its own new variant, or (to reproduce the
    /// benchmark's recorded results) like the last new variant. Previews and changes use the same.</summary>
    public ModifiedItemPricing ModifiedItemPricing { get; set; } = ModifiedItemPricing.OwnVariant;

    public string ResolvedDatabasePath => Path.GetFullPath(DatabasePath, AppContext.BaseDirectory);
}
