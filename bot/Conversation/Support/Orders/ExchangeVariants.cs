using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>Reads which variant of the same product a customer wants in exchange: the options they name replace the
/// old item's options, the rest stay as they were ("latex" for a 50ft black vinyl hose means a 50ft black latex one).</summary>
internal static partial class ExchangeVariants
{
    /// <summary>The available variants a customer may exchange <paramref name="item"/> for, described by their options.</summary>
    public static IReadOnlyList<Variant> Alternatives(Product product, OrderItem item) =>
        [.. product.Variants.Values.Where(v => v.Available && v.ItemId != item.ItemId)];

    public static string Describe(Variant variant) => string.Join(", ", variant.Options.Values);

    /// <summary>True when the answer names an item id that is not a variant of this product.</summary>
    public static bool NamesAnotherProductsItem(Product product, string answer) =>
        ItemIdPattern().Matches(answer).Any(m => !product.Variants.ContainsKey(m.Value));

    /// <summary>
    /// The variant an answer chooses among the alternatives (see <see cref="Alternatives"/>): by item id, by its place in
    /// the list last shown (<paramref name="offeredIds"/>), or by the options it names, the rest staying as they were
    /// ("latex" for a 50ft black vinyl hose means a 50ft black latex one). When the options named fit several variants
    /// and none keeps all the other options, those variants are the candidates to ask between ("black" among two black ones).
    /// </summary>
    public static VariantChoice Choose(Product product, OrderItem item, string answer, IReadOnlyList<string> offeredIds)
    {
        var byId = ItemIdPattern().Matches(answer).Select(m => m.Value).FirstOrDefault(product.Variants.ContainsKey);
        if (byId is not null)
        {
            return product.Variants[byId] is { Available: true } variant ? VariantChoice.Of(variant) : VariantChoice.NoneFits;
        }
        var alternatives = Alternatives(product, item);
        var offered = offeredIds.Select(id => alternatives.FirstOrDefault(v => v.ItemId == id)).OfType<Variant>().ToList();
        if (ListPositions.Read(answer, offered.Count) is [var position])
        {
            return VariantChoice.Of(offered[position]);
        }
        var named = NamedOptions(product, item, answer);
        if (named.Count == 0)
        {
            return VariantChoice.NothingNamed;
        }
        var fitting = alternatives.Where(v => named.All(n => Has(v, n.Key, n.Value))).ToList();
        if (offered.Count > 0 && fitting.Intersect(offered).ToList() is { Count: > 0 } amongOffered)
        {
            fitting = amongOffered;
        }
        var keepingTheRest = fitting.Where(v => item.Options.Where(o => !named.ContainsKey(o.Key)).All(o => Has(v, o.Key, o.Value))).ToList();
        return fitting.Count switch
        {
            0 => VariantChoice.NoneFits,
            1 => VariantChoice.Of(fitting[0]),
            _ when keepingTheRest.Count == 1 => VariantChoice.Of(keepingTheRest[0]),
            _ => new VariantChoice(null, fitting, NamedAnOption: true),
        };
    }

    /// <summary>
    /// For each option of the product the answer names a value of, the value meant: named whole, or by a word only that
    /// value has ("Google Home" for "Google Assistant"); the item's current value gives way to another one named beside
    /// it ("Google Home instead of Apple HomeKit"); "no backlight" is the value "none".
    /// </summary>
    private static Dictionary<string, string> NamedOptions(Product product, OrderItem item, string answer)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in product.Variants.Values.SelectMany(v => v.Options.Keys).Distinct(StringComparer.Ordinal))
        {
            var values = product.Variants.Values.Select(v => v.Options.GetValueOrDefault(key)).OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var mentioned = values.Where(value => Mentions(answer, value) || DistinctiveWords(value, values).Any(word => Mentions(answer, word))).ToList();
            if (mentioned.Count > 1 && item.Options.GetValueOrDefault(key) is { } current)
            {
                mentioned.RemoveAll(value => string.Equals(value, current, StringComparison.OrdinalIgnoreCase));
            }
            var value = mentioned.OrderByDescending(value => value.Length).FirstOrDefault()
                ?? values.FirstOrDefault(v => string.Equals(v, "none", StringComparison.OrdinalIgnoreCase) && Refuses(answer, key));
            if (value is not null)
            {
                named[key] = value;
            }
        }
        return named;
    }

    /// <summary>Words of a value of several words that no other value of the option has ("google" of "Google Assistant").</summary>
    private static IEnumerable<string> DistinctiveWords(string value, IReadOnlyList<string> values)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2
            ? []
            : words.Where(word => word.Length >= 4
                && !values.Any(other => !ReferenceEquals(other, value) && other.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool Has(Variant variant, string key, string value) =>
        string.Equals(variant.Options.GetValueOrDefault(key), value, StringComparison.OrdinalIgnoreCase);

    private static bool Refuses(string text, string key) =>
        Regex.IsMatch(text, $@"\b(no|without( an?)?)\s+{Regex.Escape(key)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool Mentions(string text, string value) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\d]){Regex.Escape(value)}(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b\d{10}\b")]
    private static partial Regex ItemIdPattern();
}

/// <summary>What an answer chose among a product's variants: one variant, several candidates to ask between, or none.</summary>
internal sealed record VariantChoice(Variant? Chosen, IReadOnlyList<Variant> Candidates, bool NamedAnOption)
{
    public static VariantChoice NothingNamed { get; } = new(null, [], NamedAnOption: false);

    public static VariantChoice NoneFits { get; } = new(null, [], NamedAnOption: true);

    public static VariantChoice Of(Variant variant) => new(variant, [variant], NamedAnOption: true);
}
