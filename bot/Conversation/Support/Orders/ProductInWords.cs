using System.Text.RegularExpressions;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Which of an order's products one phrase of a customer names ("the boots", "my coffee machine", "the jigsaw"), as a
/// shop assistant would read it. In order of strength: every word of the name ("hiking boots"), its head noun or the
/// name written as one word ("boots", "smartwatch"), a word customers use for it ("bike" for a Bicycle, "coffee machine"
/// for an Espresso Machine), or another word of the name that ends the phrase ("the jigsaw" of "Jigsaw Puzzle"). The
/// strongest reading wins; a word that fits two products at that strength names neither.
/// </summary>
internal static partial class ProductInWords
{
    /// <summary>How strongly a phrase names a product; <see cref="None"/> when it does not.</summary>
    public enum Strength
    {
        None,
        Part,
        Key,
        Whole,
    }

    /// <summary>Words customers use for a product besides its own, by the product's name in <see cref="WordForms"/> form.</summary>
    private static readonly Dictionary<string, string[]> OtherWords = new(StringComparer.Ordinal)
    {
        ["espresso machine"] = ["coffee machine", "coffee maker", "espresso maker"],
        ["coffee maker"] = ["coffee machine"],
        ["vacuum cleaner"] = ["vacuum", "hoover"],
        ["running shoe"] = ["trainer", "runner", "sneaker"],
        ["sneaker"] = ["shoe", "trainer"],
        ["wireless earbud"] = ["earphone", "bud", "headphone"],
        ["headphone"] = ["headset"],
        ["wristwatch"] = ["watch"],
        ["smartphone"] = ["phone", "cellphone", "mobile"],
        ["laptop"] = ["computer"],
        ["portable charger"] = ["power bank", "battery pack"],
        ["bicycle"] = ["bike"],
        ["t shirt"] = ["tee", "shirt", "tshirt"],
        ["sunglass"] = ["shade"],
        ["luggage set"] = ["suitcase", "luggage"],
        ["bookshelf"] = ["bookcase", "shelf", "shelve"],
        ["led light bulb"] = ["bulb", "lightbulb"],
        ["fleece jacket"] = ["coat"],
        ["dumbbell set"] = ["dumbbell"],
        ["patio umbrella"] = ["parasol"],
        ["grill"] = ["barbecue", "bbq"],
        ["pet bed"] = ["dog bed", "cat bed"],
        ["perfume"] = ["fragrance", "cologne"],
        ["makeup kit"] = ["makeup", "cosmetic"],
        ["backpack"] = ["rucksack", "bag"],
        ["water bottle"] = ["flask"],
        ["e reader"] = ["ereader"],
    };

    /// <summary>Head words that say little on their own ("Luggage Set"): the word before them is the head.</summary>
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal) { "set", "kit", "pack" };

    /// <summary>Words that end a noun phrase after a product word ("the jigsaw I received", "the vacuum in that order").</summary>
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "i", "that", "which", "who", "in", "from", "to", "for", "and", "or", "but", "with", "please", "as", "is", "was",
        "on", "of", "at", "you", "it", "too", "also", "instead", "back", "one", "we", "my", "the", "a", "an", "this",
        "thing", "item", "order", "ve", "d", "m", "s", "has", "have", "had", "isn", "wasn", "doesn", "don", "not", "then",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "my", "a", "an", "this", "that", "these", "those", "both", "all", "our", "your", "his", "her", "their",
    };

    /// <summary>How strongly the phrase names the product called <paramref name="name"/>, with the phrase's words
    /// (in <see cref="WordForms"/> form, in order) that did.</summary>
    /// <param name="strict">The phrase is part of a request rather than an answer to "which items?": another word of the
    /// name must then follow a determiner ("the jigsaw", "my 1000-piece jigsaw") as well as end the phrase.</param>
    public static (Strength Strength, IReadOnlySet<string> Words) Naming(IReadOnlyList<string> phrase, string name, bool strict)
    {
        var words = PhraseWords(phrase);
        var nameWords = NameWords(name);
        if (nameWords.Count == 0)
        {
            return (Strength.None, new HashSet<string>());
        }
        if (nameWords.All(words.Contains) || words.Contains(string.Concat(nameWords)))
        {
            return (Strength.Whole, nameWords.ToHashSet(StringComparer.Ordinal));
        }
        var keys = KeyWords(name, nameWords).Where(words.Contains).ToHashSet(StringComparer.Ordinal);
        if (keys.Count > 0)
        {
            return (Strength.Key, keys);
        }
        var parts = nameWords.Where(w => IsPart(phrase, w, strict)).ToHashSet(StringComparer.Ordinal);
        return parts.Count > 0 ? (Strength.Part, parts) : (Strength.None, new HashSet<string>());
    }

    /// <summary>The one-word names customers use for the product called <paramref name="name"/> besides its own words
    /// ("watch" for a Wristwatch, "bike" for a Bicycle), in <see cref="WordForms"/> form.</summary>
    public static IEnumerable<string> OtherOneWordNames(string name) =>
        (OtherWords.GetValueOrDefault(string.Join(' ', WordForms.Words(name))) ?? []).Where(w => !w.Contains(' ', StringComparison.Ordinal));

    /// <summary>The name's words in <see cref="WordForms"/> form, one-letter ones ("T" of "T-Shirt") left out.</summary>
    public static List<string> NameWords(string name) => [.. WordForms.Words(name).Where(w => w.Length >= 2)];

    /// <summary>The words and two-word phrases (joined and spaced: "smart watch", "smartwatch") a phrase holds.</summary>
    private static HashSet<string> PhraseWords(IReadOnlyList<string> phrase)
    {
        var words = phrase.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i + 1 < phrase.Count; i++)
        {
            words.Add($"{phrase[i]} {phrase[i + 1]}");
            words.Add(WordForms.Singular(phrase[i] + phrase[i + 1]));
        }
        return words;
    }

    /// <summary>The head noun, the name's last two words written as one, and the words customers use for it.</summary>
    private static IEnumerable<string> KeyWords(string name, List<string> nameWords)
    {
        var head = nameWords[^1];
        yield return GenericHeads.Contains(head) && nameWords.Count > 1 ? nameWords[^2] : head;
        if (nameWords.Count > 1)
        {
            yield return WordForms.Singular(nameWords[^2] + nameWords[^1]);
        }
        foreach (var other in OtherWords.GetValueOrDefault(string.Join(' ', WordForms.Words(name))) ?? [])
        {
            yield return other;
        }
    }

    /// <summary>Another word of the name stands for the product where it ends the customer's phrase ("the jigsaw",
    /// "the vacuum I received"), not where it describes something else ("water resistant", "light skin tone").</summary>
    private static bool IsPart(IReadOnlyList<string> phrase, string word, bool strict)
    {
        if (word.Length < 3)
        {
            return false;
        }
        for (var i = 0; i < phrase.Count; i++)
        {
            if (phrase[i] != word || (i + 1 < phrase.Count && !PhraseEnds.Contains(phrase[i + 1])))
            {
                continue;
            }
            if (!strict || Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(j => Determiners.Contains(phrase[j])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The phrase's words as <see cref="Naming"/> reads them; a clause about another item ("with the vacuum
    /// cleaner", "in the same order as the lamp") is left out, since it says where the item is, not which it is.</summary>
    public static List<string> Phrase(string text)
    {
        var about = OtherItemClause().Match(text) is { Success: true, Index: > 0 } clause ? text[..clause.Index] : text;
        return [.. WordForms.Words(about)];
    }

    [GeneratedRegex(@"\b(?:(?:that )?came with|along with|together with|with|in the same order as|from the order with|in the order with)\s+(?:the|my|a|an|that|this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherItemClause();
}
