using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads items named by what they are for: "everything that's for gaming", "everything that isn't for gaming",
/// "anything associated with hiking", "the kitchen stuff". A use is known by the words customers say for it; an item
/// serves it when its product's name says so ("Gaming Mouse") or the product type is one of the use's (a mechanical
/// keyboard is for gaming and for the office). The table covers every product type the store sells, by what each is
/// used for, not by any one conversation.
/// </summary>
internal static partial class ItemPurpose
{
    // Each use: the words that name it, then the store's product types used for it.
    private static readonly (string[] Words, string[] Products)[] Uses =
    [
        (["gaming", "game", "games", "gamer", "video game", "video games"], ["Gaming Mouse", "Mechanical Keyboard", "Headphones"]),
        (["computer", "computing", "pc", "desk setup"], ["Gaming Mouse", "Mechanical Keyboard", "Laptop", "Tablet", "Portable Charger"]),
        (["office", "work", "working", "working from home", "study", "studying", "school", "college"],
            ["Office Chair", "Desk Lamp", "Laptop", "Notebook", "Mechanical Keyboard", "Bookshelf", "Backpack", "Wall Clock"]),
        (["kitchen", "cooking", "coffee", "tea", "drinks"], ["Coffee Maker", "Espresso Machine", "Electric Kettle", "Tea Kettle", "Grill", "Water Bottle"]),
        (["fitness", "exercise", "exercising", "gym", "workout", "working out", "training", "sport", "sports"],
            ["Dumbbell Set", "Yoga Mat", "Running Shoes", "Smart Watch", "Water Bottle", "Wireless Earbuds", "Bicycle", "Cycling Helmet"]),
        (["outdoors", "outdoor", "hiking", "camping"],
            ["Hiking Boots", "Backpack", "Water Bottle", "Fleece Jacket", "Action Camera", "Sunglasses", "Grill", "Patio Umbrella"]),
        (["travel", "travelling", "traveling", "trips", "trip", "vacation", "holiday"],
            ["Luggage Set", "Backpack", "Portable Charger", "Wireless Earbuds", "Headphones", "Sunglasses", "E-Reader", "Water Bottle"]),
        (["music", "audio", "listening"], ["Headphones", "Wireless Earbuds", "Bluetooth Speaker"]),
        (["photography", "photos", "pictures", "filming", "video"], ["Digital Camera", "Action Camera"]),
        (["reading", "books"], ["E-Reader", "Bookshelf", "Desk Lamp", "Notebook"]),
        (["garden", "gardening", "yard", "patio", "backyard"], ["Garden Hose", "Patio Umbrella", "Grill"]),
        (["cycling", "biking", "bike", "bikes"], ["Bicycle", "Cycling Helmet", "Water Bottle"]),
        (["running", "jogging"], ["Running Shoes", "Smart Watch", "Wireless Earbuds", "Water Bottle"]),
        (["yoga"], ["Yoga Mat"]),
        (["skating", "skateboarding"], ["Skateboard"]),
        (["beauty", "makeup", "personal care", "grooming"], ["Makeup Kit", "Perfume", "Electric Toothbrush"]),
        (["clothes", "clothing", "fashion", "wearing"], ["T-Shirt", "Fleece Jacket", "Sneakers", "Running Shoes", "Hiking Boots", "Sunglasses", "Wristwatch"]),
        (["pet", "pets", "dog", "dogs", "cat", "cats"], ["Pet Bed"]),
        (["cleaning", "house", "home", "housework"], ["Vacuum Cleaner", "Air Purifier", "Smart Thermostat", "LED Light Bulb", "Indoor Security Camera", "Wall Clock"]),
        (["smart home", "home automation", "security"], ["Smart Thermostat", "Indoor Security Camera", "LED Light Bulb"]),
        (["puzzles", "hobbies", "a hobby", "fun", "leisure", "entertainment"], ["Jigsaw Puzzle", "Skateboard", "Bicycle", "Gaming Mouse"]),
    ];

    private static readonly Dictionary<string, int> UseOfWord = Uses
        .SelectMany((use, i) => use.Words.Select(w => (Word: w, Use: i)))
        .GroupBy(x => x.Word, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Use, StringComparer.OrdinalIgnoreCase);

    /// <summary>The use the words name and whether they exclude it ("isn't for gaming"), or null when they name none.</summary>
    public static ItemUse? Read(string text)
    {
        var lowered = text.ToLowerInvariant().Replace('’', '\'');
        foreach (Match match in ForUse().Matches(lowered))
        {
            var words = match.Groups["use"].Value;
            // The longest run of words that names a use: "video games", "working from home", then "gaming".
            var use = Prefixes(words).FirstOrDefault(UseOfWord.ContainsKey);
            if (use is null)
            {
                continue;
            }
            var excluded = Negation().IsMatch(lowered[..match.Index]) || match.Groups["not"].Success;
            return new ItemUse(UseOfWord[use], use, excluded);
        }
        foreach (Match match in UseStuff().Matches(lowered))
        {
            if (UseOfWord.TryGetValue(match.Groups["use"].Value, out var index))
            {
                return new ItemUse(index, match.Groups["use"].Value, Negation().IsMatch(lowered[..match.Index]));
            }
        }
        return null;
    }

    /// <summary>The order's items the use chooses: those that serve it, or, when it is excluded, those that don't.</summary>
    public static IReadOnlyList<OrderItem> Choose(ItemUse use, IEnumerable<OrderItem> items) =>
        [.. items.Where(i => Serves(i.Name, use) != use.Excluded)];

    /// <summary>Whether a product serves the use: its type is one of the use's, or its name holds a word of the use.</summary>
    public static bool Serves(string productName, ItemUse use)
    {
        var (words, products) = Uses[use.Index];
        if (products.Contains(productName, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        var nameWords = WordForms.Words(productName.ToLowerInvariant()).Select(WordForms.Singular).ToHashSet(StringComparer.Ordinal);
        return words.Any(w => !w.Contains(' ', StringComparison.Ordinal) && nameWords.Contains(WordForms.Singular(w)));
    }

    private static IEnumerable<string> Prefixes(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = parts.Length; n > 0; n--)
        {
            yield return string.Join(' ', parts.Take(n));
        }
    }

    // "for gaming", "that's not for the kitchen", "associated with hiking", "related to my office", "used for travel".
    [GeneratedRegex(@"\b(?<not>not\s+)?(?:for|associated with|connected with|related to|to do with|used for|meant for|made for)\s+(?:(?:my|a|the|any)\s+)?(?<use>[a-z\-]+(?: [a-z\-]+){0,2})")]
    private static partial Regex ForUse();

    // "the gaming stuff", "gaming-related things", "my hiking gear".
    [GeneratedRegex(@"\b(?<use>[a-z]+)(?:[\s\-]related)?\s+(?:stuff|gear|things|items|equipment|accessories|products)\b")]
    private static partial Regex UseStuff();

    // "that isn't", "which aren't", "not": the words just before the use exclude it.
    [GeneratedRegex(@"\b(?:is ?n't|are ?n't|isnt|arent|is not|are not|not|nothing)\s+(?:\w+\s+)?$")]
    private static partial Regex Negation();
}

/// <summary>A use named in a customer's words (see <see cref="ItemPurpose"/>), and whether the words leave it out.</summary>
internal sealed record ItemUse(int Index, string Words, bool Excluded);
