using System.Text.RegularExpressions;

namespace EcomBot.Bot.Conversation.Focus;

/// <summary>
/// Reads whether a message points back at what is in focus ("cancel it", "tracking for that order please", "the same
/// order", "this one") rather than at something new ("another order", "an order", "my orders"). A word like "it" only
/// counts when the message names no other order and is not a general question ("is it possible to ...").
/// </summary>
public static partial class References
{
    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal) { "it", "its", "that", "this", "same", "them", "those", "these" };

    private static readonly HashSet<string> OrderWords = new(StringComparer.Ordinal) { "order", "purchase", "package", "parcel", "delivery", "shipment" };

    private static readonly HashSet<string> Elsewhere = new(StringComparer.Ordinal) { "another", "other", "different", "all", "every", "any", "orders" };

    /// <summary>True when the message refers to the order in focus, not to another or to orders in general.</summary>
    public static bool PointsAtTheOrder(string text) => PointsAtTheOrder(Words(text));

    private static bool PointsAtTheOrder(List<string> words)
    {
        if (words.Any(Elsewhere.Contains) || IsGeneralQuestion(words))
        {
            return false;
        }
        for (var i = 0; i < words.Count; i++)
        {
            // "the same order" points back; "the same type as the one I received" compares an item, naming no order.
            if (Pointers.Contains(words[i]) && !(words[i] == "same" && (i + 1 >= words.Count || !OrderWords.Contains(words[i + 1]))))
            {
                return true;
            }
            // "my order", "the order", "the package": definite, one order; "an order" / "a package" is not.
            if (OrderWords.Contains(words[i]) && i > 0 && words[i - 1] is "my" or "the" or "your")
            {
                return true;
            }
            // "the entire order", "the whole order": still that one order.
            if (OrderWords.Contains(words[i]) && i > 1 && words[i - 1] is "entire" or "whole" && words[i - 2] is "my" or "the" or "your" or "this" or "that")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the message is about another order or orders in general ("my other order", "all my orders",
    /// "an order").</summary>
    public static bool PointsElsewhere(string text)
    {
        var words = Words(text);
        return words.Any(Elsewhere.Contains) || Indefinite(words);
    }

    /// <summary>True when the message asks about something of the customer's own ("when is my vacuum cleaner arriving?").</summary>
    public static bool AsksAboutSomethingOfTheirs(string text)
    {
        var words = Words(text);
        return words.Contains("my") && words.Any(Arrival.Contains) && !words.Any(w => w is "refund" or "money" or "return" or "replacement")
            && !words.Any(Elsewhere.Contains) && !IsGeneralQuestion(words);
    }

    private static readonly HashSet<string> Arrival = new(StringComparer.Ordinal) { "arrive", "arriving", "arrival", "arrives", "coming" };

    /// <summary>
    /// True when the message asks where one definite order is or when it arrives ("what's the tracking number?", "when
    /// will it arrive?", "is my package delivered yet?"), not how tracking works in general ("how does tracking work?").
    /// </summary>
    public static bool AsksAboutTheOrder(string text)
    {
        var words = Words(text);
        if (words.Any(Elsewhere.Contains) || Indefinite(words) || IsGeneralQuestion(words))
        {
            return false;
        }
        var fact = words.FindIndex(OrderFacts.Contains);
        if (fact < 0)
        {
            return false;
        }
        // "the tracking number", "my vacuum cleaner arriving": a definite thing within a few words before the question.
        return PointsAtTheOrder(words) || words.Take(fact).TakeLast(4).Any(w => w is "the" or "my" or "its");
    }

    private static readonly HashSet<string> OrderFacts = new(StringComparer.Ordinal)
    {
        "tracking", "track", "arrive", "arriving", "arrival", "arrives", "delivered", "shipped", "status", "eta", "where",
    };

    // "an order", "a package": some order, not the one in focus.
    private static bool Indefinite(List<string> words) =>
        words.Where((w, i) => OrderWords.Contains(w) && i > 0 && words[i - 1] is "a" or "an").Any();

    // Words as typed (lower case, not made singular): "orders" is not "order", "this" is not "thi".
    private static List<string> Words(string text) => [.. Letters().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    // "is it possible to...", "can it be...", "what if it ...": "it" that names nothing.
    private static bool IsGeneralQuestion(List<string> words) =>
        words.Count > 1 && words[0] is "is" or "can" or "could" or "would" or "does" && words[1] == "it"
        && (words.Count < 3 || words[2] is "possible" or "be" or "ok" or "okay" or "allowed" or "true");

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
