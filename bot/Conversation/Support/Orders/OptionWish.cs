using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// One thing a customer asks of the variant they want instead, about one option (or the price, when
/// <see cref="Option"/> is null): a value named ("clicky"), the same value as now ("the same size"), more or less of it
/// than now or than a value ("bigger", "1000 more pieces", "i7 or better"), or the most or least of it ("the cheapest").
/// </summary>
internal abstract record OptionWish(string? Option)
{
    /// <summary>How the wish reads to the customer ("clicky", "bigger capacity", "the lowest price").</summary>
    public abstract string Describe();

    /// <summary>True when the wish must hold of any variant chosen (superlatives choose among those instead).</summary>
    public virtual bool Filters => true;

    public abstract bool Fits(Variant variant, VariantMeasures measures);

    /// <summary>The wish with the option it is about, where its words do not say ("clicky (switch type)", "brighter
    /// (brightness)", "full size").</summary>
    public string DescribeWithOption()
    {
        var words = Describe();
        var name = Name(Option);
        return words.Contains(name, StringComparison.OrdinalIgnoreCase) || this is SameValue ? words : $"{words} ({name})";
    }

    public static string Name(string? option) => option ?? "price";
}

/// <summary>The option has this value.</summary>
internal sealed record NamedValue(string Option, string Value) : OptionWish(Option)
{
    public override string Describe() => Value;

    public override bool Fits(Variant variant, VariantMeasures measures) =>
        string.Equals(variant.Options.GetValueOrDefault(Option ?? ""), Value, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The option keeps the value it has now ("the same material").</summary>
internal sealed record SameValue(string Option, string Value) : OptionWish(Option)
{
    public override string Describe() => $"the same {Option} ({Value})";

    public override bool Fits(Variant variant, VariantMeasures measures) =>
        string.Equals(variant.Options.GetValueOrDefault(Option ?? ""), Value, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// More (<see cref="Direction"/> 1) or less (-1) of the option than <see cref="From"/> (the current value's rank, or a
/// named value's, which then also fits when <see cref="Inclusive"/>). <see cref="Target"/> is the rank asked for when the
/// answer says how much ("1000 more pieces", "one size smaller", "slightly lower": the nearest); variants nearest it
/// are preferred.
/// </summary>
internal sealed record MoreOrLess(string? Option, int Direction, double From, bool Inclusive, double? Target, string Words) : OptionWish(Option)
{
    public override string Describe() => Words;

    public override bool Fits(Variant variant, VariantMeasures measures) =>
        measures.Rank(variant, Option) is { } rank
        && (Direction > 0 ? rank > From || (Inclusive && rank == From) : rank < From || (Inclusive && rank == From));
}

/// <summary>The most (<see cref="Direction"/> 1) or least (-1) of the option among the variants that fit the rest.</summary>
internal sealed record MostOrLeast(string? Option, int Direction, string Words) : OptionWish(Option)
{
    public override bool Filters => false;

    public override string Describe() => Words;

    public override bool Fits(Variant variant, VariantMeasures measures) => measures.Rank(variant, Option) is not null;
}

/// <summary>Any value of the option will do ("waterproof or not doesn't matter"): it need not stay as it is.</summary>
internal sealed record AnyValue(string Option) : OptionWish(Option)
{
    public override string Describe() => $"any {Option}";

    public override bool Fits(Variant variant, VariantMeasures measures) => true;
}
