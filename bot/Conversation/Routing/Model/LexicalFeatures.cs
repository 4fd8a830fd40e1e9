using System.Text;

namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// Hashed bag of word unigrams, word bigrams and character 3- and 4-grams (inside word boundaries), L2-normalised.
/// Character n-grams carry the model over typos ("cancle", "ordr") that whole words miss; numbers collapse to one
/// token because an order id says nothing about the intent.
/// </summary>
public static class LexicalFeatures
{
    private const string NumberToken = "0";

    /// <summary>Feature indices in [0, buckets) with their weights; indices are sorted and distinct.</summary>
    public static (int[] Indices, float[] Values) Extract(string text, int buckets)
    {
        var counts = new Dictionary<int, float>();
        var words = Words(text);
        var previous = "^";
        foreach (var word in words)
        {
            Add(counts, buckets, "w", word);
            Add(counts, buckets, "b", previous + " " + word);
            AddCharacterGrams(counts, buckets, word);
            previous = word;
        }
        Add(counts, buckets, "b", previous + " $");

        var indices = counts.Keys.Order().ToArray();
        var values = indices.Select(i => counts[i]).ToArray();
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] /= norm;
            }
        }
        return (indices, values);
    }

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch);
            }
            else if (ch != '\'' && ch != '’')
            {
                Flush(current, words);
            }
        }
        Flush(current, words);
        return words;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }
        var word = current.ToString();
        words.Add(word.Any(char.IsDigit) ? NumberToken : word);
        current.Clear();
    }

    private static void AddCharacterGrams(Dictionary<int, float> counts, int buckets, string word)
    {
        var padded = "<" + word + ">";
        for (var n = 3; n <= 4; n++)
        {
            for (var start = 0; start + n <= padded.Length; start++)
            {
                Add(counts, buckets, "c", padded.Substring(start, n));
            }
        }
    }

    private static void Add(Dictionary<int, float> counts, int buckets, string kind, string feature)
    {
        var index = (int)(StableHash(kind, feature) % (uint)buckets);
        counts[index] = counts.GetValueOrDefault(index) + 1;
    }

    /// <summary>FNV-1a over the kind and the text: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint StableHash(string kind, string feature)
    {
        var hash = 2166136261u;
        foreach (var ch in kind)
        {
            hash = (hash ^ ch) * 16777619u;
        }
        hash = (hash ^ ':') * 16777619u;
        foreach (var ch in feature)
        {
            hash = (hash ^ ch) * 16777619u;
        }
        return hash;
    }
}
