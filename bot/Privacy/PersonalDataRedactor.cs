using System.Text.RegularExpressions;

namespace EcomBot.Bot.Privacy;

/// <summary>Masks what identifies a person (emails, phone and card-like numbers, street addresses) before text reaches a log.</summary>
public static partial class PersonalDataRedactor
{
    public static string Redact(string text)
    {
        var redacted = Email().Replace(text, "[email]");
        redacted = LongNumber().Replace(redacted, "[number]");
        return StreetAddress().Replace(redacted, "[address]");
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Order ids (#W1234567) stay readable; other runs of five or more digits (zip, phone, card) do not.
    [GeneratedRegex(@"(?<![#\w])\+?\d[\d -]{3,}\d(?!\w)")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\b\d+\s+[A-Z][a-z]+(\s+[A-Z][a-z]+)*\s+(Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct)\b")]
    private static partial Regex StreetAddress();
}
