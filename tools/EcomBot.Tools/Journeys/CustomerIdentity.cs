using System.Text.RegularExpressions;

namespace EcomBot.Tools.Journeys;

/// <summary>How the customer identifies: their emails (tried in turn), or their name and zip codes (tried in turn, for a
/// customer who gets their zip wrong first).</summary>
public sealed partial record CustomerIdentity
{
    public IReadOnlyList<string> Emails { get; init; } = [];

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public IReadOnlyList<string> Zips { get; init; } = [];

    /// <summary>The details to give on the <paramref name="attempt"/>th request (from 0), or null when none are left.</summary>
    public string? Details(int attempt)
    {
        if (attempt < Emails.Count)
        {
            return $"My email is {Emails[attempt]}.";
        }
        var zip = attempt - Emails.Count;
        return zip < Zips.Count && FirstName is not null ? $"I'm {FirstName} {LastName}, zip code {Zips[zip]}." : null;
    }

    /// <summary>
    /// What a task's <c>known_info</c> tells the customer about themselves: every email it names (given first), and
    /// their name (as written, or read from a user id such as <c>mei_kovacs_8020</c>) with the zip code (the last
    /// five-digit number), given when there is no email or none was found.
    /// </summary>
    public static CustomerIdentity From(string knownInfo)
    {
        var emails = Email().Matches(knownInfo).Select(m => m.Value.TrimEnd('.')).ToList();
        var (first, last) = Name(knownInfo);
        var zip = Zip().Matches(knownInfo).LastOrDefault()?.Value;
        return new CustomerIdentity { Emails = emails, FirstName = first, LastName = last, Zips = zip is null || first is null ? [] : [zip] };
    }

    private static (string? First, string? Last) Name(string knownInfo)
    {
        if (UserId().Match(knownInfo) is { Success: true } id)
        {
            return (Capitalised(id.Groups["first"].Value), Capitalised(id.Groups["last"].Value));
        }
        return WrittenName().Match(knownInfo) is { Success: true } written
            ? (written.Groups["first"].Value, written.Groups["last"].Value)
            : (null, null);
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b\d{5}\b")]
    private static partial Regex Zip();

    [GeneratedRegex(@"\b(?<first>[a-z]+)_(?<last>[a-z]+)_\d+\b")]
    private static partial Regex UserId();

    [GeneratedRegex(@"(?:name is|You are|You're|called)\s+(?:an? [a-z ]+ called\s+)?(?<first>[A-Z][a-z]+)\s+(?<last>[A-Z][a-z]+)")]
    private static partial Regex WrittenName();
}
