using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>
/// Reads a new US address from the customer's answers into an <see cref="AddressDraft"/>, shared by every flow that
/// takes an address: the whole address in one message ("12 Main St, Apt 4, Austin, TX, USA, 78701", or "12 Main St,
/// Austin, TX 78701" with the second line and country left out), part of it, or one field per answer. The zip code,
/// state and country are told by their form wherever they stand at the end; the other parts by their place. A state that
/// is not a US state, a zip code that is not 5 digits or a country other than the USA is refused, naming what is wrong;
/// so is a part read by its place that cannot be one ("show me the receipt for #W1713682" is no city, an order id or an
/// email is in no address).
/// </summary>
public static partial class AddressReader
{
    public const string AskWhole =
        "Send the whole address in one message (street, second line, city, state, country, zip), or start with the street address.";

    private const string Separate = "Please separate the parts of the address with commas, like \"12 Main St, Apt 4, Austin, TX, USA, 78701\".";

    private static readonly string[] NoneWords = ["none", "no", "-", "n/a", "na", "nothing", "no second line"];

    private static readonly HashSet<string> UsaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "USA", "US", "United States", "United States of America", "America",
    };

    /// <summary>Adds what this answer gives to the draft. Returns what was wrong with the answer, to say before asking
    /// again, or null; an answer with something wrong changes nothing.</summary>
    public static string? Read(string answer, AddressDraft draft)
    {
        var parts = answer.Split([',', '\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimEnd('.').Trim()).Where(p => p.Length > 0).ToList();
        var missing = draft.Missing();
        var asked = missing.Count > 0 ? missing[0] : (AddressField?)null;
        if (parts.Count == 0)
        {
            return "I didn't catch that.";
        }
        if (parts.Count == 1 && AddressField.ByPlace.Contains(asked))
        {
            return ReadOnePlacedField(parts[0], asked!, draft);
        }
        if (parts.Count > 1 && CityStateAndZip().Match(parts[^1]) is { Success: true } tail && UsStates.Code(tail.Groups["state"].Value) is not null)
        {
            parts[^1] = tail.Groups["city"].Value; // "Austin TX 78701": the city, then the state and zip
            parts.Add($"{tail.Groups["state"].Value} {tail.Groups["zip"].Value}");
        }
        var typed = new Dictionary<AddressField, string>();
        var rest = new List<string>(parts);
        while (rest.Count > 0 && ReadTyped(rest[^1], typed, meantAsState: rest.Count > 1 && draft.State is null, out var problem))
        {
            if (problem is not null)
            {
                return problem;
            }
            rest.RemoveAt(rest.Count - 1);
        }
        if (typed.Count == 0 && parts.Count == 1)
        {
            return asked == AddressField.State ? NotAState(parts[0])
                : asked == AddressField.Zip ? NotAZip(parts[0])
                : NotInTheUsa;
        }
        if (PlaceFields(rest.Count, draft) is not { } places)
        {
            return Separate;
        }
        if (places.Zip(rest).Select(p => NotAPlacedField(p.First, p.Second)).FirstOrDefault(p => p is not null) is { } notAPart)
        {
            return notAPart;
        }
        foreach (var (field, value) in places.Zip(rest))
        {
            SetPlaced(field, value, draft);
        }
        foreach (var (field, value) in typed)
        {
            field.Set(draft, value);
        }
        if (typed.ContainsKey(AddressField.State) && typed.ContainsKey(AddressField.Zip) && draft.Country is null)
        {
            draft.Country = "USA"; // "Austin, TX 78701" is plainly a US address
        }
        return null;
    }

    /// <summary>The question for what is still missing, after the problem with the last answer if there was one.</summary>
    public static string AskNext(AddressDraft draft, string? problem = null)
    {
        var missing = draft.Missing();
        var question = missing.Count == AddressField.All.Length ? AskWhole
            : missing.Count == 1 ? $"And the {missing[0].Question}?"
            : $"I still need the {string.Join(", ", missing.SkipLast(1).Select(f => f.Name))} and {missing[^1].Name}: "
                + $"send them in one message, or give the {missing[0].Question} first.";
        return problem is null ? question : $"{problem} {question}";
    }

    public static string Describe(Address a) =>
        string.Join(", ", new[] { a.Address1, a.Address2, a.City, a.State, a.Country, a.Zip }.Where(p => p.Length > 0));

    private static string? ReadOnePlacedField(string value, AddressField asked, AddressDraft draft)
    {
        if (asked == AddressField.Street && CityStateAndZip().IsMatch(value))
        {
            return Separate;
        }
        if (NotAPlacedField(asked, value) is { } problem)
        {
            return problem;
        }
        SetPlaced(asked, value, draft);
        return null;
    }

    /// <summary>Why a part read by its place cannot be that field, or null: no address part holds an order id, an email or
    /// a question; a street has a house number; neither a street nor a city has a request's words ("I also want to
    /// change the laptop to item 9844888101"); a city is a few words of letters.</summary>
    private static string? NotAPlacedField(AddressField field, string value)
    {
        var inNoAddress = OrderIdOrEmail().IsMatch(value) || value.Contains('?', StringComparison.Ordinal);
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (field == AddressField.Street && (inNoAddress || !value.Any(char.IsAsciiDigit) || words.Any(RequestWords.Contains)))
        {
            return $"\"{value}\" doesn't look like a street address (a house number and street, like 12 Main St).";
        }
        if (field == AddressField.City && (inNoAddress || !CityShape().IsMatch(value) || words.Length > 4 || words.Any(RequestWords.Contains)))
        {
            return $"\"{value}\" doesn't look like a city.";
        }
        return field == AddressField.Line2 && inNoAddress ? $"\"{value}\" doesn't look like a second address line." : null;
    }

    // Words of a request or a question, never of a city's name ("where is my order", "can you help me").
    private static readonly HashSet<string> RequestWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "show", "me", "my", "i", "you", "want", "need", "where", "what", "how", "why", "when", "can", "could", "would",
        "please", "order", "orders", "receipt", "invoice", "refund", "return", "cancel", "track", "help", "person", "human", "agent",
        "change", "exchange", "modify", "item", "also",
    };

    private static void SetPlaced(AddressField field, string value, AddressDraft draft) =>
        field.Set(draft, field == AddressField.Line2 && NoneWords.Contains(value.ToLowerInvariant()) ? "" : value);

    /// <summary>Reads one part from the end of the answer as a zip code, state or country. Returns false when the part
    /// is none of them (it is then read by its place); a part meant as one of them but wrong sets the problem.</summary>
    /// <param name="meantAsState">No state is known yet and more parts come before this one, so a part just before the
    /// zip code or country that is not a state is a state written wrongly ("Texsa"), not the city.</param>
    private static bool ReadTyped(string part, Dictionary<AddressField, string> typed, bool meantAsState, out string? problem)
    {
        problem = null;
        if (!typed.ContainsKey(AddressField.Country) && UsaNames.Contains(part.Replace(".", "", StringComparison.Ordinal)))
        {
            typed[AddressField.Country] = "USA";
        }
        else if (!typed.ContainsKey(AddressField.Zip) && Numbers().IsMatch(part))
        {
            problem = ZipProblem(part);
            typed[AddressField.Zip] = part[..Math.Min(5, part.Length)];
        }
        else if (!typed.ContainsKey(AddressField.Zip) && StateAndZip().Match(part) is { Success: true } both)
        {
            problem = StateProblem(both.Groups["state"].Value) ?? ZipProblem(both.Groups["zip"].Value);
            typed[AddressField.State] = UsStates.Code(both.Groups["state"].Value) ?? "";
            typed[AddressField.Zip] = both.Groups["zip"].Value[..Math.Min(5, both.Groups["zip"].Value.Length)];
        }
        else if (!typed.ContainsKey(AddressField.State) && UsStates.Code(part) is { } code)
        {
            typed[AddressField.State] = code;
        }
        else if (!typed.ContainsKey(AddressField.State) && typed.Count > 0 && (meantAsState || StateCodeShape().IsMatch(part)))
        {
            problem = NotAState(part);
        }
        else
        {
            return false;
        }
        return true;
    }

    /// <summary>The fields the parts read by place fill, in order: those still missing, or all three when the answer gives
    /// more than that (a whole address again); the second line is taken as "none" when exactly one part is short of it.</summary>
    private static List<AddressField>? PlaceFields(int count, AddressDraft draft)
    {
        var places = AddressField.ByPlace.Where(f => f.Get(draft) is null).ToList();
        if (count > places.Count)
        {
            places = [.. AddressField.ByPlace];
        }
        if (count > places.Count)
        {
            return null;
        }
        if (count > 0 && count == places.Count - 1 && places.Remove(AddressField.Line2))
        {
            draft.Line2 = "";
        }
        return places;
    }

    private static string? ZipProblem(string zip) => ZipShape().IsMatch(zip) ? null : NotAZip(zip);

    private static string? StateProblem(string state) => UsStates.Code(state) is null ? NotAState(state) : null;

    private static string NotAZip(string text) => $"\"{text}\" isn't a US zip code; it has 5 digits, like 78701.";

    private static string NotAState(string text) => $"\"{text}\" isn't a US state; please give its two-letter code or name, like TX or Texas.";

    private const string NotInTheUsa =
        "I can only take addresses in the USA here (country \"USA\"); for an address in another country, a person from our team can help.";

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex ZipShape();

    [GeneratedRegex(@"^\d[\d-]*$")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"^(?<state>\p{L}[\p{L} ]*?)\s+(?<zip>\d[\d-]*)$")]
    private static partial Regex StateAndZip();

    [GeneratedRegex(@"^(?<city>.*?\p{L}[\p{L} .'-]*?)\s+(?<state>\p{L}{2})\s+(?<zip>\d{5}(-\d{4})?)$")]
    private static partial Regex CityStateAndZip();

    [GeneratedRegex(@"^\p{L}{2}$")]
    private static partial Regex StateCodeShape();

    [GeneratedRegex(@"#|\b[Ww]\d{5,}\b|@")]
    private static partial Regex OrderIdOrEmail();

    [GeneratedRegex(@"^\p{L}[\p{L} .'’-]*$")]
    private static partial Regex CityShape();
}
