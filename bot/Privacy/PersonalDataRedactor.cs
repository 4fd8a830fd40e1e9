using System.Text;
using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Support.Addresses;

namespace EcomBot.Bot.Privacy;

/// <summary>Masks what identifies a person (emails, phone and card-like numbers, street addresses, cities and states)
/// before text reaches a log, and keeps customer text from forging log lines.</summary>
public static partial class PersonalDataRedactor
{
    // "Austin, TX", "St. Louis MO", "Phoenix, Arizona": a place followed by a state; codes only in capitals ("OK" is
    // not Oklahoma), names in any case.
    private static readonly Regex CityAndState = new(
        @"\b(?:[A-Z][a-z]*\.?(?:[ -][A-Z][a-z]*\.?){0,2}),?\s+(?:" + StateAlternatives(codes: true) + @")\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex StateName = new(
        @"\b(?:" + StateAlternatives(codes: false) + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static string Redact(string text)
    {
        var redacted = Email().Replace(text, "[email]");
        redacted = LongNumber().Replace(redacted, "[number]");
        redacted = StreetAddress().Replace(redacted, "[address]");
        redacted = CityAndState.Replace(redacted, "[place]");
        return StateName.Replace(redacted, "[place]");
    }

    /// <summary>Customer text for one log field: control characters neutralised, personal data and the given words
    /// (a customer's names) masked, and only then cut to <paramref name="maxLength"/>, so nothing escapes half-masked.</summary>
    public static string ForLog(string text, int maxLength, IReadOnlyCollection<string>? names = null)
    {
        var masked = Redact(Neutralize(text));
        foreach (var name in names ?? [])
        {
            masked = Regex.Replace(masked, $@"\b{Regex.Escape(name)}\b", "[name]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        return masked.Length <= maxLength ? masked : string.Concat(masked.AsSpan(0, maxLength - 3), "...");
    }

    /// <summary>Line breaks, other control characters, Unicode line separators and bidirectional overrides become one
    /// space a run, so text cannot start a new log line, move the cursor or reorder what a log viewer shows.</summary>
    public static string Neutralize(string text)
    {
        var safe = new StringBuilder(text.Length);
        var replacing = false;
        foreach (var c in text)
        {
            var unsafeChar = char.IsControl(c) || c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (!unsafeChar || !replacing)
            {
                safe.Append(unsafeChar ? ' ' : c);
            }
            replacing = unsafeChar;
        }
        return safe.ToString();
    }

    private static string StateAlternatives(bool codes) =>
        string.Join('|', UsStates.NamesAndCodes
            .Where(s => codes || s.Length > 2)
            .OrderByDescending(s => s.Length)
            .Select(s => Regex.Escape(s).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Order ids (#W1234567) stay readable; other runs of five or more digits (zip, phone, card) do not.
    [GeneratedRegex(@"(?<![#\w])\+?\d[\d -]{3,}\d(?!\w)")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\b\d+\s+[A-Z][a-z]+(\s+[A-Z][a-z]+)*\s+(Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct)\b")]
    private static partial Regex StreetAddress();
}
