using System.Globalization;
using System.Text;

namespace EcomBot.Knowledge.Lexical;

/// <summary>
/// Turns text into the terms the lexical side matches on: lower case, split on anything that is not a letter or
/// digit (a decimal point between digits stays, so "1.5" is one term), common English plurals folded ("liters" and
/// "liter" meet), and a short list of filler words dropped. Negations such as "no" and "not" are kept because
/// they are option values in the catalogue ("waterproof: no").
/// </summary>
public static class TextAnalyzer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are",
        "be", "it", "its", "this", "that", "i", "me", "my", "we", "our", "you", "your", "do", "does", "did", "can",
        "could", "would", "will", "please", "want", "need", "looking", "some", "any", "am", "was", "have", "has",
    };

    /// <summary>The terms of <paramref name="text"/> in order, duplicates kept (term frequency matters to BM25).</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var decimalPoint = c == '.' && current.Length > 0 && char.IsDigit(current[^1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c) || decimalPoint)
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                continue;
            }
            Flush(current, terms);
        }
        Flush(current, terms);
        return terms;
    }

    /// <summary>The distinct terms of <paramref name="text"/>.</summary>
    public static HashSet<string> TermSet(string text) => new(Terms(text), StringComparer.Ordinal);

    private static void Flush(StringBuilder current, List<string> terms)
    {
        if (current.Length == 0)
        {
            return;
        }
        var term = Fold(current.ToString());
        current.Clear();
        if (!StopWords.Contains(term))
        {
            terms.Add(term);
        }
    }

    /// <summary>Folds regular English plurals onto the singular; irregular ones are left alone.</summary>
    internal static string Fold(string term)
    {
        if (term.Length <= 3 || !char.IsLetter(term[^1]))
        {
            return term;
        }
        if (term.EndsWith("ies", StringComparison.Ordinal))
        {
            return term[..^3] + "y";
        }
        if (term.EndsWith("ches", StringComparison.Ordinal) || term.EndsWith("shes", StringComparison.Ordinal)
            || term.EndsWith("sses", StringComparison.Ordinal) || term.EndsWith("xes", StringComparison.Ordinal))
        {
            return term[..^2];
        }
        if (term[^1] == 's' && term[^2] is not ('s' or 'u' or 'i'))
        {
            return term[..^1];
        }
        return term;
    }
}
