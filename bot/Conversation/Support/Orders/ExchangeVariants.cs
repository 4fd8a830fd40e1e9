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
    /// the list last shown (<paramref name="offeredIds"/>), or by what it asks of the options (see <see cref="OptionWish"/>):
    /// values named, relative wishes ("a bigger one", "the cheapest", "1000 more pieces"), "the same X", or the options
    /// of <paramref name="reference"/> (another of the customer's items of this product). The options not spoken of stay as
    /// they were where they can: among the variants that fit, those keeping the most of them are preferred ("latex" for a
    /// 50ft black vinyl hose means a 50ft black latex one). When several are left, they are the candidates to ask between;
    /// when none fits everything asked, the closest ones (those that fit the most of it) are offered.
    /// </summary>
    public static VariantChoice Choose(Product product, OrderItem item, string answer, IReadOnlyList<string> offeredIds, IReadOnlyDictionary<string, string>? reference = null)
    {
        var byId = ItemIdPattern().Matches(answer).Select(m => m.Value).FirstOrDefault(product.Variants.ContainsKey);
        if (byId is not null)
        {
            return product.Variants[byId] is { Available: true } variant ? VariantChoice.Of(variant) : VariantChoice.NoneFits;
        }
        var alternatives = Alternatives(product, item);
        var offered = offeredIds.Select(id => alternatives.FirstOrDefault(v => v.ItemId == id)).OfType<Variant>().ToList();
        var measures = new VariantMeasures(product);
        var wishes = Wishes(product, item, answer, measures, reference, out var unclear, out var keepTheRest);
        // A place in the list ("the second one"), unless its number is an option's value ("size 8").
        if (reference is null && ListPositions.Read(answer, offered.Count) is [var position]
            && (wishes.Count == 0 || PlaceWord().IsMatch(answer)))
        {
            return VariantChoice.Of(offered[position]);
        }
        if (wishes.Count == 0)
        {
            return unclear.Count > 0 ? VariantChoice.Ask(unclear) : VariantChoice.NothingNamed;
        }
        return VariantPreference.Choose(alternatives, offered, item, wishes, measures, keepTheRest);
    }

    /// <summary>-1 when the answer asks only for the lowest price ("the cheapest option"), 1 for only the highest ("the
    /// most expensive one"), 0 when it asks for anything else (options, or a price beside them).</summary>
    public static int OnlyPriceExtreme(Product product, OrderItem item, string answer) =>
        Wishes(product, item, answer, new VariantMeasures(product), null, out _, out _) is [MostOrLeast { Option: null } most] ? most.Direction : 0;

    /// <summary>Everything the answer asks of the new variant: relative wishes, values named (bounded by "or better"), and
    /// the reference item's options where the answer does not say otherwise.</summary>
    private static List<OptionWish> Wishes(Product product, OrderItem item, string answer, VariantMeasures measures, IReadOnlyDictionary<string, string>? reference, out IReadOnlyList<string> unclear, out bool keepTheRest)
    {
        var relative = RelativeOptionAnswer.Read(answer, measures, item);
        unclear = relative.Unclear;
        keepTheRest = relative.KeepsTheRest;
        var wishes = new List<OptionWish>();
        var named = NamedOptions(product, item, relative.Rest);
        foreach (var (option, value) in OptionAmounts.Named(relative.Rest, measures))
        {
            named.TryAdd(option, value);
        }
        wishes.AddRange(named.Select(n => RelativeOptionAnswer.Bounded(new NamedValue(n.Key, n.Value), answer, measures)));
        foreach (var wish in relative.Wishes)
        {
            var spoken = wish.Option is not null && named.ContainsKey(wish.Option);
            if (!spoken && !(wish is SameValue && reference is not null))
            {
                wishes.Add(wish);
            }
        }
        foreach (var (option, value) in reference ?? new Dictionary<string, string>())
        {
            if (!wishes.Any(w => w.Option == option))
            {
                wishes.Add(new NamedValue(option, value));
            }
        }
        return wishes;
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
            if (mentioned.Count > 1)
            {
                // "art theme rather than animal": the value set aside gives way to the one wanted.
                mentioned.RemoveAll(value => SetAside(answer, value));
            }
            if (mentioned.Count > 1 && mentioned.Where(value => BesideName(answer, value, key)).ToList() is [var besideItsName])
            {
                // "medium size, red, high ventilation": the value said with the option's own name is this option's.
                mentioned = [besideItsName];
            }
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

    /// <summary>The value is said right before or after the option's name ("high ventilation", "ventilation: high").</summary>
    private static bool BesideName(string text, string value, string key)
    {
        var spelled = string.Join("|", Spellings(value).Select(Regex.Escape));
        var name = Regex.Escape(key);
        return Regex.IsMatch(text, $@"(?<![\p{{L}}\d])(?:{spelled})\s+{name}\b|\b{name}\s*(?::|is|of)?\s*(?:{spelled})(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static bool Has(Variant variant, string key, string value) =>
        string.Equals(variant.Options.GetValueOrDefault(key), value, StringComparison.OrdinalIgnoreCase);

    private static bool Refuses(string text, string key) =>
        Regex.IsMatch(text, $@"\b(no|without( an?)?)\s+{Regex.Escape(key)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool SetAside(string text, string value) =>
        Regex.IsMatch(text, $@"\b(rather than|instead of|other than|except|not|than|no)\s+(an?\s+|the\s+)?(?:{string.Join("|", Spellings(value).Select(Regex.Escape))})(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A value as written, or in the other number of a word ("animal" for "animals", "batteries" for "battery").
    private static bool Mentions(string text, string value) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\d])(?:{string.Join("|", Spellings(value).Select(Regex.Escape))})(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static IEnumerable<string> Spellings(string value)
    {
        yield return value;
        if (value.Length < 4 || !char.IsLetter(value[^1]))
        {
            yield break;
        }
        if (value.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
        {
            yield return value + "es";
        }
        else if (value.EndsWith('s'))
        {
            yield return value[..^1];
        }
        else if (value.EndsWith('y'))
        {
            yield return value[..^1] + "ies";
        }
        else
        {
            yield return value + "s";
        }
    }

    [GeneratedRegex(@"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|number|option|no\.)\b|#\d|\b\d(st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWord();

    [GeneratedRegex(@"\b\d{10}\b")]
    private static partial Regex ItemIdPattern();
}

/// <summary>What an answer chose among a product's variants: one variant, several candidates to ask between, the closest
/// ones when none has everything asked (<see cref="Missed"/> says what each lacks), options to ask about when a word
/// such as "more" named none (<see cref="AskAbout"/>), or nothing.</summary>
internal sealed record VariantChoice(Variant? Chosen, IReadOnlyList<Variant> Candidates, bool NamedAnOption)
{
    public static VariantChoice NothingNamed { get; } = new(null, [], NamedAnOption: false);

    public static VariantChoice NoneFits { get; } = new(null, [], NamedAnOption: true);

    /// <summary>What was asked, when nothing fits all of it.</summary>
    public IReadOnlyList<string> Asked { get; init; } = [];

    /// <summary>For each closest candidate (when nothing fits all that was asked), the wishes it does not meet.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Missed { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The options (or "price") a comparative could be about, when the answer did not say which.</summary>
    public IReadOnlyList<string> AskAbout { get; init; } = [];

    public bool IsClosest => Chosen is null && Missed.Count > 0;

    public static VariantChoice Of(Variant variant) => new(variant, [variant], NamedAnOption: true);

    public static VariantChoice Ask(IReadOnlyList<string> options) => new(null, [], NamedAnOption: true) { AskAbout = options };
}
