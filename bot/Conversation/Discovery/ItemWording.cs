namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Items in words, by their options: "linear switch", "RGB backlight", "size L", "no backlight". Cards of one product
/// are titled by the options that tell them apart ("Mechanical Keyboard — linear switch, RGB backlight, full size"),
/// so five keyboards never share a title and no card needs an item id.
/// </summary>
public static class ItemWording
{
    /// <summary>Options whose values say what they are on their own ("black", "leather", "v-neck").</summary>
    private static readonly HashSet<string> SelfDescribing = new(StringComparer.OrdinalIgnoreCase)
    {
        "color", "colour", "material", "style", "type", "design", "brand", "theme", "gender", "features", "finish", "pattern",
    };

    /// <summary>Trailing words of an option's name a value reads well before: "black lens" (lens color), "linear switch" (switch type).</summary>
    private static readonly string[] Heads = [" color", " colour", " material", " type", " size"];

    public const string Dash = " — ";

    /// <summary>One option as it reads in a title or sentence.</summary>
    public static string Phrase(string name, string value)
    {
        var lowered = value.Trim().ToLowerInvariant();
        if (lowered == "yes")
        {
            return name;
        }
        if (lowered is "no" or "none")
        {
            return $"no {name}";
        }
        if (SharesAWord(name, value))
        {
            return value;
        }
        if (string.Equals(name, "size", StringComparison.OrdinalIgnoreCase))
        {
            return $"size {value}";
        }
        if (SelfDescribing.Contains(name))
        {
            return value;
        }
        var head = Heads.FirstOrDefault(h => name.EndsWith(h, StringComparison.OrdinalIgnoreCase));
        return head is null ? $"{value} {name}" : $"{value} {name[..^head.Length]}";
    }

    /// <summary>"full size" (size), "hard cover" (cover type), "AA batteries" (battery type) already say what they are.</summary>
    private static bool SharesAWord(string name, string value)
    {
        var valueWords = Words(value);
        return Words(name).Any(n => valueWords.Any(v => v == n || (n.Length >= 5 && v.Length >= 5 && v[..5] == n[..5])));
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The options as phrases, in the catalogue's order.</summary>
    public static string Phrases(IEnumerable<KeyValuePair<string, string>> options) =>
        string.Join(", ", options.Select(o => Phrase(o.Key, o.Value)));

    /// <summary>"Mechanical Keyboard (linear switch, RGB backlight, full size)": the item in full, for a sentence.</summary>
    public static string Describe(string productName, IReadOnlyDictionary<string, string> options) =>
        options.Count == 0 ? productName : $"{productName} ({Phrases(options)})";

    /// <summary>A title for each item, in order: the product's name, and for a product shown more than once, the options
    /// whose values differ among its items.</summary>
    public static List<string> Titles(IReadOnlyList<(string ProductName, IReadOnlyDictionary<string, string> Options)> items)
    {
        var differing = items
            .GroupBy(i => i.ProductName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(i => i.Options.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
                    .Where(name => g.Select(i => i.Options.GetValueOrDefault(name) ?? "").Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
                    .ToHashSet(StringComparer.OrdinalIgnoreCase),
                StringComparer.OrdinalIgnoreCase);
        return items.Select(i =>
        {
            var telling = i.Options.Where(o => differing[i.ProductName].Contains(o.Key)).ToList();
            return telling.Count == 0 ? i.ProductName : i.ProductName + Dash + Phrases(telling);
        }).ToList();
    }
}
