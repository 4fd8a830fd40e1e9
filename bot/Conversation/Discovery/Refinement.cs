using System.Globalization;
using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Slots;

namespace EcomBot.Bot.Conversation.Discovery;

/// <summary>
/// Reads a follow-up ("in black", "L", "cheaper", "under $100", "show the leather one") as a change to the last
/// search: an option to require, a price limit, or a pick among the products offered.
/// </summary>
public static partial class Refinement
{
    /// <summary>Applies what the message asks to <paramref name="state"/>; false if it refines nothing.</summary>
    public static bool Apply(DiscoveryState state, string text, IntentPrediction prediction)
    {
        var changed = AnswerToQuestion(state, text);
        foreach (var slot in prediction.Slots.Where(s => s.Key.StartsWith(SlotKeys.OptionPrefix, StringComparison.Ordinal)))
        {
            changed |= Require(state, slot.Key[SlotKeys.OptionPrefix.Length..], slot.Value);
        }
        foreach (var (name, value) in ShownValuesNamedIn(state, text))
        {
            changed |= Require(state, name, value);
        }
        changed |= ApplyPrices(state, text, prediction);
        if (changed)
        {
            state.AskedOption = null;
            state.AskedValues = [];
        }
        return changed;
    }

    /// <summary>"Cheaper", "something less expensive" with no price named: below the cheapest item in stock shown.</summary>
    public static bool AsksCheaper(string text, IntentPrediction prediction) =>
        prediction.Slot(SlotKeys.PriceMax) is null && prediction.Slot(SlotKeys.PriceMin) is null && Cheaper().IsMatch(text);

    private static bool AnswerToQuestion(DiscoveryState state, string text)
    {
        if (state.AskedOption is null)
        {
            return false;
        }
        var answer = Filler().Replace(text.Trim().ToLowerInvariant(), " ").Trim();
        var value = state.AskedValues.FirstOrDefault(v => string.Equals(v, answer, StringComparison.OrdinalIgnoreCase))
            ?? state.AskedValues.FirstOrDefault(v => DiscoveryText.ContainsWord(text, v));
        if (value is null)
        {
            return false;
        }
        if (state.AskedOption == SplitOption.ProductKey)
        {
            state.ProductType = value;
            return true;
        }
        return Require(state, state.AskedOption, value);
    }

    private static IEnumerable<(string Name, string Value)> ShownValuesNamedIn(DiscoveryState state, string text) =>
        state.Shown
            .SelectMany(item => item.Options)
            .Where(o => o.Value.Length >= 3 && DiscoveryText.ContainsWord(text, o.Value))
            .Select(o => (o.Key, o.Value))
            .Distinct();

    private static bool Require(DiscoveryState state, string name, string value)
    {
        var key = name.ToLowerInvariant();
        if (state.Options.TryGetValue(key, out var existing) && string.Equals(existing, value, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        state.Options[key] = value;
        return true;
    }

    private static bool ApplyPrices(DiscoveryState state, string text, IntentPrediction prediction)
    {
        var changed = false;
        if (Decimal(prediction.Slot(SlotKeys.PriceMax)) is { } max)
        {
            state.MaxPrice = max;
            changed = true;
        }
        if (Decimal(prediction.Slot(SlotKeys.PriceMin)) is { } min)
        {
            state.MinPrice = min;
            changed = true;
        }
        if (!changed && state.Shown.Count > 0 && Cheaper().IsMatch(text))
        {
            // Cheaper than anything shown that can be bought, so the shopper sees new items.
            var inStock = state.Shown.Where(i => i.Available).ToList();
            state.MaxPrice = (inStock.Count > 0 ? inStock : state.Shown).Min(i => i.Price) - 0.01m;
            changed = true;
        }
        else if (!changed && state.Shown.Count > 0 && Dearer().IsMatch(text))
        {
            state.MinPrice = state.Shown.Max(i => i.Price) + 0.01m;
            changed = true;
        }
        return changed;
    }

    private static decimal? Decimal(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    [GeneratedRegex(@"\b(cheaper|less expensive|lower price|more affordable|budget)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cheaper();

    [GeneratedRegex(@"\b(more expensive|pricier|higher end|premium|better quality)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dearer();

    [GeneratedRegex(@"\b(the|in|a|an|size|color|colour|one|please|i'd like|i want|let's go with|go with|show me)\b|[.!?,]")]
    private static partial Regex Filler();
}
