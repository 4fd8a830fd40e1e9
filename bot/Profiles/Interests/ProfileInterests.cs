namespace EcomBot.Bot.Profiles.Interests;

/// <summary>
/// What a customer is interested in: product types and option preferences (<c>color=black</c>), each with a
/// decaying weight. Recommendations read <see cref="RankedProductTypes"/> and <see cref="RankedOptions"/>.
/// </summary>
public sealed class ProfileInterests
{
    public Dictionary<string, InterestWeight> ProductTypes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keyed <c>name=value</c>, both lower case (see <see cref="OptionKey"/>).</summary>
    public Dictionary<string, InterestWeight> Options { get; } = new(StringComparer.Ordinal);

    public static string OptionKey(string name, string value) =>
        $"{name.Trim().ToLowerInvariant()}={value.Trim().ToLowerInvariant()}";

    public void Add(string productType, IReadOnlyDictionary<string, string>? options, double amount, DateTimeOffset at, InterestOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(productType))
        {
            Bump(ProductTypes, productType.Trim(), amount, at, settings);
        }
        foreach (var (name, value) in options ?? new Dictionary<string, string>())
        {
            if (!string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(value))
            {
                Bump(Options, OptionKey(name, value), amount, at, settings);
            }
        }
    }

    public IReadOnlyList<RankedInterest> RankedProductTypes(DateTimeOffset now, TimeSpan halfLife) => Rank(ProductTypes, now, halfLife);

    public IReadOnlyList<RankedInterest> RankedOptions(DateTimeOffset now, TimeSpan halfLife) => Rank(Options, now, halfLife);

    /// <summary>Adds another profile's interests (an anonymous visitor who turned out to be this customer).</summary>
    public void MergeFrom(ProfileInterests other, DateTimeOffset now, InterestOptions settings)
    {
        foreach (var (key, weight) in other.ProductTypes)
        {
            Bump(ProductTypes, key, weight.DecayedTo(now, settings.HalfLife), now, settings);
        }
        foreach (var (key, weight) in other.Options)
        {
            Bump(Options, key, weight.DecayedTo(now, settings.HalfLife), now, settings);
        }
    }

    private static void Bump(Dictionary<string, InterestWeight> weights, string key, double amount, DateTimeOffset at, InterestOptions settings)
    {
        weights[key] = weights.TryGetValue(key, out var current)
            ? current.Plus(amount, at, settings.HalfLife)
            : new InterestWeight(amount, at);
        while (weights.Count > settings.MaxEntries)
        {
            var weakest = weights.MinBy(entry => entry.Value.DecayedTo(at, settings.HalfLife)).Key;
            weights.Remove(weakest);
        }
    }

    private static List<RankedInterest> Rank(Dictionary<string, InterestWeight> weights, DateTimeOffset now, TimeSpan halfLife) =>
        weights.Select(entry => new RankedInterest(entry.Key, entry.Value.DecayedTo(now, halfLife)))
            .OrderByDescending(interest => interest.Weight)
            .ThenBy(interest => interest.Key, StringComparer.Ordinal)
            .ToList();
}
