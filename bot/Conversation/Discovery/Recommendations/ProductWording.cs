namespace EcomBot.Bot.Conversation.Discovery.Recommendations;

/// <summary>Product type names as they read inside a sentence: "a Water Bottle", "an E-Reader", "a pair of Hiking
/// Boots", "hiking boots". The store's plural names (boots, shoes, sunglasses, earbuds) are all things sold in pairs.</summary>
public static class ProductWording
{
    public static string WithArticle(string productName)
    {
        if (productName.EndsWith('s') && !productName.EndsWith("ss", StringComparison.Ordinal))
        {
            return $"a pair of {productName}";
        }
        var first = productName.Split(' ', 2)[0];
        // Acronyms are read letter by letter: "an LED Light Bulb".
        var vowelSound = IsAcronym(first)
            ? "AEFHILMNORSX".Contains(first[0], StringComparison.Ordinal)
            : "AEIOUaeiou".Contains(first[0], StringComparison.Ordinal);
        return $"{(vowelSound ? "an" : "a")} {productName}";
    }

    public static string Plural(string productName)
    {
        var words = productName.Split(' ').Select(w => IsAcronym(w) ? w : w.ToLowerInvariant()).ToArray();
        var last = words[^1];
        words[^1] = last switch
        {
            _ when last.EndsWith('s') => last,
            "mouse" => "mice",
            _ when last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith('x') => last + "es",
            _ when last.Length > 1 && last.EndsWith('y') && !"aeiou".Contains(last[^2], StringComparison.Ordinal) => last[..^1] + "ies",
            _ => last + "s",
        };
        return string.Join(' ', words);
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);
}
