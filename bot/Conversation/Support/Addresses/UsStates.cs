namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>The US states (and DC) by postal code and name, as an address's state is checked and written: "TX".</summary>
internal static class UsStates
{
    private static readonly Dictionary<string, string> CodesByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Alabama"] = "AL", ["Alaska"] = "AK", ["Arizona"] = "AZ", ["Arkansas"] = "AR", ["California"] = "CA",
        ["Colorado"] = "CO", ["Connecticut"] = "CT", ["Delaware"] = "DE", ["District of Columbia"] = "DC", ["Florida"] = "FL",
        ["Georgia"] = "GA", ["Hawaii"] = "HI", ["Idaho"] = "ID", ["Illinois"] = "IL", ["Indiana"] = "IN",
        ["Iowa"] = "IA", ["Kansas"] = "KS", ["Kentucky"] = "KY", ["Louisiana"] = "LA", ["Maine"] = "ME",
        ["Maryland"] = "MD", ["Massachusetts"] = "MA", ["Michigan"] = "MI", ["Minnesota"] = "MN", ["Mississippi"] = "MS",
        ["Missouri"] = "MO", ["Montana"] = "MT", ["Nebraska"] = "NE", ["Nevada"] = "NV", ["New Hampshire"] = "NH",
        ["New Jersey"] = "NJ", ["New Mexico"] = "NM", ["New York"] = "NY", ["North Carolina"] = "NC", ["North Dakota"] = "ND",
        ["Ohio"] = "OH", ["Oklahoma"] = "OK", ["Oregon"] = "OR", ["Pennsylvania"] = "PA", ["Rhode Island"] = "RI",
        ["South Carolina"] = "SC", ["South Dakota"] = "SD", ["Tennessee"] = "TN", ["Texas"] = "TX", ["Utah"] = "UT",
        ["Vermont"] = "VT", ["Virginia"] = "VA", ["Washington"] = "WA", ["West Virginia"] = "WV", ["Wisconsin"] = "WI",
        ["Wyoming"] = "WY",
    };

    private static readonly HashSet<string> Codes = new(CodesByName.Values, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every state's name ("New Hampshire") and two-letter code ("NH").</summary>
    public static IEnumerable<string> NamesAndCodes => CodesByName.Keys.Concat(CodesByName.Values);

    /// <summary>The state's name for its two-letter code in any case ("tx" is Texas), or null.</summary>
    public static string? Name(string code) =>
        CodesByName.FirstOrDefault(p => string.Equals(p.Value, code.Trim(), StringComparison.OrdinalIgnoreCase)).Key;

    /// <summary>The state's two-letter code for its code or name in any case ("tx", "Texas"), or null.</summary>
    public static string? Code(string text)
    {
        var value = text.Trim().TrimEnd('.');
        return Codes.Contains(value) ? value.ToUpperInvariant() : CodesByName.GetValueOrDefault(value);
    }
}
