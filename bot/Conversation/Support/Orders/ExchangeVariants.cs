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

    /// <summary>The chosen variant, or null when the answer names no option of this product or no available variant has them.</summary>
    public static Variant? Choose(Product product, OrderItem item, string answer, out bool namedAnOption)
    {
        namedAnOption = false;
        var byId = ItemIdPattern().Matches(answer).Select(m => m.Value).FirstOrDefault(product.Variants.ContainsKey);
        if (byId is not null)
        {
            namedAnOption = true;
            return product.Variants[byId] is { Available: true } variant ? variant : null;
        }
        var wanted = new Dictionary<string, string>(item.Options);
        foreach (var key in item.Options.Keys)
        {
            var named = product.Variants.Values.Select(v => v.Options.GetValueOrDefault(key))
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(value => Mentions(answer, value))
                .OrderByDescending(value => value.Length)
                .FirstOrDefault();
            if (named is not null)
            {
                wanted[key] = named;
                namedAnOption = true;
            }
        }
        return namedAnOption
            ? Alternatives(product, item).FirstOrDefault(v => wanted.All(w => string.Equals(v.Options.GetValueOrDefault(w.Key), w.Value, StringComparison.OrdinalIgnoreCase)))
            : null;
    }

    private static bool Mentions(string text, string value) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\d]){Regex.Escape(value)}(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b\d{10}\b")]
    private static partial Regex ItemIdPattern();
}
