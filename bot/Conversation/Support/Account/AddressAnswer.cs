using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Account;

/// <summary>
/// Collects a postal address from the customer's answers: the whole address in one message ("12 Main St, Apt 4,
/// Austin, TX, USA, 78701", the second line optional) or one field per answer, in the order <see cref="Fields"/> names.
/// </summary>
internal static class AddressAnswer
{
    public static readonly string[] Fields = ["street address", "second address line (or \"none\")", "city", "state", "country", "zip code"];

    public const string AskWhole =
        "Send the whole address in one message (street, second line, city, state, country, zip), or start with the street address.";

    public static bool IsComplete(IReadOnlyList<string> fields) => fields.Count == Fields.Length;

    /// <summary>The question for the next missing field.</summary>
    public static string AskNext(IReadOnlyList<string> fields) => $"And the {Fields[fields.Count]}?";

    /// <summary>Adds this answer to the fields collected so far.</summary>
    public static void Read(string answer, List<string> fields)
    {
        var parts = answer.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (fields.Count == 0 && parts.Length is 5 or 6)
        {
            fields.AddRange(parts.Length == 6 ? parts : [parts[0], "", .. parts[1..]]);
            return;
        }
        var value = answer.Trim().TrimEnd('.');
        fields.Add(fields.Count == 1 && value.ToLowerInvariant() is "none" or "no" or "-" ? "" : value);
    }

    public static Address ToAddress(IReadOnlyList<string> f) => new(f[0], f[1], f[2], f[4], f[3], f[5]);

    public static string Describe(Address a) =>
        string.Join(", ", new[] { a.Address1, a.Address2, a.City, a.State, a.Country, a.Zip }.Where(p => p.Length > 0));
}
