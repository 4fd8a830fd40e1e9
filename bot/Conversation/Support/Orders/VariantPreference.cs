using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Chooses among a product's variants by a customer's <see cref="OptionWish"/>es: the variants that meet every wish that
/// must hold; of those the most or least of what a superlative asks; the nearest to an amount asked ("1000 more
/// pieces"); the ones keeping the most of the options not spoken of; the nearest step for a bare comparative ("a
/// bigger one"). When none meets every wish, the closest are those meeting the most of them.
/// </summary>
internal static class VariantPreference
{
    private const int ClosestShown = 3;

    public static VariantChoice Choose(IReadOnlyList<Variant> alternatives, IReadOnlyList<Variant> offered, OrderItem item, IReadOnlyList<OptionWish> wishes, VariantMeasures measures, bool keepTheRest)
    {
        var musts = wishes.Where(w => w.Filters).ToList();
        var fitting = alternatives.Where(v => musts.All(w => w.Fits(v, measures)) && wishes.All(w => w.Filters || w.Fits(v, measures))).ToList();
        if (fitting.Count == 0)
        {
            return Closest(alternatives, item, wishes, measures);
        }
        if (offered.Count > 0 && fitting.Intersect(offered).ToList() is { Count: > 0 } amongOffered)
        {
            fitting = amongOffered;
        }
        foreach (var most in wishes.OfType<MostOrLeast>())
        {
            var extreme = fitting.Select(v => measures.Rank(v, most.Option)!.Value).Aggregate((a, b) => most.Direction > 0 ? Math.Max(a, b) : Math.Min(a, b));
            fitting = [.. fitting.Where(v => measures.Rank(v, most.Option) == extreme)];
        }
        foreach (var amount in wishes.OfType<MoreOrLess>().Where(w => w.Target is not null))
        {
            fitting = Nearest(fitting, v => Math.Abs(measures.Rank(v, amount.Option)!.Value - amount.Target!.Value));
        }
        var spoken = wishes.Select(w => w.Option).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var beforeKeeping = fitting;
        fitting = Nearest(fitting, v => -Kept(v, item, spoken));
        // Values named alone ("black please") choose the one keeping the rest only when it keeps all of it; otherwise
        // the customer chooses among all that fit. Said relative to the item ("a bigger one", "the rest the same"), the
        // closest to the item is what was asked.
        var relative = keepTheRest || wishes.Any(w => w is not NamedValue);
        if (!relative && beforeKeeping.Count > 1 && fitting.Count == 1 && Kept(fitting[0], item, spoken) < item.Options.Keys.Count(k => !spoken.Contains(k)))
        {
            return new VariantChoice(null, beforeKeeping, NamedAnOption: true);
        }
        foreach (var step in wishes.OfType<MoreOrLess>().Where(w => w.Target is null && !w.Inclusive))
        {
            fitting = Nearest(fitting, v => Math.Abs(measures.Rank(v, step.Option)!.Value - step.From));
        }
        return fitting.Count == 1 ? VariantChoice.Of(fitting[0]) : new VariantChoice(null, fitting, NamedAnOption: true);
    }

    /// <summary>How many of the item's options not spoken of the variant keeps.</summary>
    public static int Kept(Variant variant, OrderItem item, IReadOnlySet<string> spoken) =>
        item.Options.Count(o => !spoken.Contains(o.Key) && string.Equals(variant.Options.GetValueOrDefault(o.Key), o.Value, StringComparison.OrdinalIgnoreCase));

    private static VariantChoice Closest(IReadOnlyList<Variant> alternatives, OrderItem item, IReadOnlyList<OptionWish> wishes, VariantMeasures measures)
    {
        var spoken = wishes.Select(w => w.Option).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var scored = alternatives
            .Select(v => (Variant: v, Missed: wishes.Where(w => !w.Fits(v, measures)).ToList()))
            .Where(s => s.Missed.Count < wishes.Count)
            .OrderBy(s => s.Missed.Count)
            .ThenByDescending(s => Kept(s.Variant, item, spoken))
            .ThenBy(s => Math.Abs(s.Variant.Price - item.Price))
            .ToList();
        if (scored.Count == 0)
        {
            return VariantChoice.NoneFits with { Asked = [.. wishes.Select(w => w.DescribeWithOption())] };
        }
        var fewest = scored[0].Missed.Count;
        var closest = scored.Where(s => s.Missed.Count == fewest).Take(ClosestShown).ToList();
        return new VariantChoice(null, [.. closest.Select(s => s.Variant)], NamedAnOption: true)
        {
            Asked = [.. wishes.Select(w => w.DescribeWithOption())],
            Missed = closest.ToDictionary(s => s.Variant.ItemId, s => (IReadOnlyList<string>)[.. s.Missed.Select(w => w.Describe())], StringComparer.Ordinal),
        };
    }

    private static List<Variant> Nearest(List<Variant> variants, Func<Variant, double> distance)
    {
        if (variants.Count < 2)
        {
            return variants;
        }
        var best = variants.Min(distance);
        return [.. variants.Where(v => distance(v) == best)];
    }
}
