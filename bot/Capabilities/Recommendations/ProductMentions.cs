using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Capabilities.Recommendations;

/// <summary>The product types a request names ("recommend me a perfume", "which kettle is best"): full names first
/// ("coffee maker"), else the name's last word ("kettle" is both the Electric and the Tea Kettle).</summary>
public static partial class ProductMentions
{
    // Last words too vague to stand for a product on their own ("set up", "a kit").
    private static readonly HashSet<string> VagueHeads = ["set", "kit", "machine"];

    public static IReadOnlySet<string> Find(string text, IEnumerable<Product> catalogue)
    {
        var words = $" {string.Join(' ', Words(text))} ";
        var products = catalogue.ToList();
        var named = products.Where(p => words.Contains($" {string.Join(' ', Words(p.Name))} ", StringComparison.Ordinal)).ToList();
        if (named.Count == 0)
        {
            named = [.. products.Where(p => Words(p.Name)[^1] is var head && !VagueHeads.Contains(head)
                && words.Contains($" {head} ", StringComparison.Ordinal))];
        }
        return named.Select(p => p.ProductId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Lower-case words, crudely singular ("boots" and "boot" meet), so plurals match.</summary>
    private static string[] Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value.Length > 3 && m.Value.EndsWith('s') ? m.Value[..^1] : m.Value)];

    [GeneratedRegex(@"[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)*")]
    private static partial Regex WordPattern();
}
