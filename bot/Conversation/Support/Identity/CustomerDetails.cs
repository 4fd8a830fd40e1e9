using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>Details a customer typed to say who they are: an email (lower case), or first name, last name and zip code.</summary>
internal sealed partial record CustomerDetails(string? Email, string? FirstName, string? LastName, string? Zip)
{
    /// <summary>Details typed by the customer: the router's slots when present, otherwise read from the text
    /// (the active flow's answers are not always classified with slots).</summary>
    public static CustomerDetails? Read(string text, IntentPrediction intent)
    {
        var email = intent.Slot("email") ?? (EmailPattern().Match(text) is { Success: true } m ? m.Value : null);
        if (email is not null)
        {
            return new CustomerDetails(email.Trim().ToLowerInvariant(), null, null, null);
        }
        var zip = intent.Slot("zip") ?? (ZipPattern().Match(text) is { Success: true } z ? z.Value : null);
        var first = intent.Slot("first_name");
        var last = intent.Slot("last_name");
        if (zip is not null && (first is null || last is null))
        {
            var words = NamePattern().Matches(text.Replace(zip, " ", StringComparison.Ordinal))
                .Select(w => w.Value)
                .Where(w => !NonNameWords.Contains(w))
                .ToList();
            if (words.Count >= 2)
            {
                (first, last) = (words[^2], words[^1]);
            }
        }
        return zip is not null && first is not null && last is not null
            ? new CustomerDetails(null, Capitalize(first), Capitalize(last), zip)
            : null;
    }

    /// <summary>Details that can only be a claim to be someone: an email, or a name and zip on their own ("Jane Doe 12345",
    /// "my name is Jane Doe, zip 12345"), not an address that happens to end in a zip code.</summary>
    public static CustomerDetails? ReadClaim(string text, IntentPrediction intent)
    {
        var details = Read(text, intent);
        if (details is null || details.Email is not null)
        {
            return details;
        }
        var otherWords = NamePattern().Matches(text.Replace(details.Zip!, " ", StringComparison.Ordinal))
            .Count(w => !NonNameWords.Contains(w.Value));
        return otherWords == 2 && !OtherNumber().IsMatch(text.Replace(details.Zip!, " ", StringComparison.Ordinal)) ? details : null;
    }

    /// <summary>True when the message says who the customer is and nothing else ("hi, I'm Jane Doe, zip 12345",
    /// "my email is jane@example.com"), so it asks for no task; "my email is jane@example.com, where is my order?" does.</summary>
    public static bool IsOnlyIdentity(string text, IntentPrediction intent)
    {
        if (ReadClaim(text, intent) is not { } claim)
        {
            return false;
        }
        if (claim.Email is null)
        {
            return true; // a name and zip claim already allows no other words
        }
        var rest = EmailPattern().Replace(text, " ");
        var names = new[] { intent.Slot("first_name"), intent.Slot("last_name") }.OfType<string>();
        return NamePattern().Matches(rest)
            .All(w => NonNameWords.Contains(w.Value) || EmailIntroWords.Contains(w.Value) || names.Contains(w.Value, StringComparer.OrdinalIgnoreCase))
            && !OtherNumber().IsMatch(rest);
    }

    private static string Capitalize(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();

    private static readonly HashSet<string> NonNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "my", "name", "is", "i", "am", "im", "and", "zip", "code", "zipcode", "postcode", "postal", "the", "it's", "its", "hi", "hello", "from",
        "actually", "i'm", "no", "wait", "sorry", "oh", "instead", "try", "use", "me", "this", "account", "as", "here", "please",
    };

    // Words around an email that ask for nothing ("hey there, my e-mail address is it@example.com").
    private static readonly HashSet<string> EmailIntroWords = new(StringComparer.OrdinalIgnoreCase) { "email", "e-mail", "mail", "address", "there", "hey", "it" };

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b\d{5}\b")]
    private static partial Regex ZipPattern();

    [GeneratedRegex(@"\d")]
    private static partial Regex OtherNumber();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex NamePattern();
}
