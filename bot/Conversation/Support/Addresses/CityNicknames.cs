namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>
/// Everyday names of cities beside their own ("NYC", "LA", "Philly"), shared by every reading of a place in a
/// customer's words: an address pointed at (<see cref="AddressReferences"/>) and an order named by where it ships.
/// </summary>
public static class CityNicknames
{
    /// <summary>Each city's nicknames, by the city's own name.</summary>
    public static IReadOnlyDictionary<string, string[]> ByCity { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["New York"] = ["NYC", "New York City", "the Big Apple", "Manhattan"],
        ["Los Angeles"] = ["LA", "L.A."],
        ["San Francisco"] = ["SF", "San Fran"],
        ["Philadelphia"] = ["Philly"],
        ["Las Vegas"] = ["Vegas"],
        ["Washington"] = ["DC", "D.C."],
    };

    private static readonly Dictionary<string, string> CityByNickname = ByCity
        .SelectMany(city => city.Value.Select(nickname => (Nickname: nickname, City: city.Key)))
        .ToDictionary(n => n.Nickname, n => n.City, StringComparer.OrdinalIgnoreCase);

    /// <summary>The city a one-word nickname stands for, or null. Codes count only in capitals ("LA", not "la").</summary>
    public static string? CityOf(string word) =>
        CityByNickname.TryGetValue(word, out var city) && (word.Length > 3 || word.All(char.IsAsciiLetterUpper)) ? city : null;
}
