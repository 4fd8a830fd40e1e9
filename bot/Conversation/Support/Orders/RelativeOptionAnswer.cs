using System.Globalization;
using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Orders;

/// <summary>
/// Reads the options a customer asks for relative to the item they have: comparatives and superlatives ("a bigger
/// one", "less bright", "1000 more pieces", "one size smaller", "slightly lower resolution", "the cheapest", "the
/// maximum zoom", "fewest pieces") on the options whose values are ordered (see <see cref="OptionScale"/>) or the price,
/// and "the same X" keeping an option as it is. Which option a word means comes from the noun after it ("lower
/// resolution") or from the word itself ("bigger": a size or capacity, "brighter": brightness, "cheaper": the price).
/// </summary>
internal sealed partial class RelativeOptionAnswer
{
    private const string Price = "price";

    // What an adjective is about, as words an option's name may hold, most likely first.
    private static readonly Dictionary<string, string[]> Concepts = new(StringComparer.Ordinal)
    {
        ["size"] = ["size", "capacity", "diameter", "piece count", "pieces", "length", "height"],
        ["bright"] = ["brightness"],
        ["long"] = ["length", "battery life", "height"],
        ["tall"] = ["height"],
        ["heavy"] = ["weight"],
        ["thick"] = ["thickness"],
        ["wide"] = ["width", "field of view"],
        ["hard"] = ["difficulty"],
        ["fast"] = ["speed", "processor"],
        ["strong"] = ["pressure", "power"],
        [Price] = [Price],
    };

    // Each word: direction (1 more, -1 less), superlative or not, and the concept it is about (null: the noun after it says).
    private static readonly Dictionary<string, (int Direction, bool Most, string? Concept)> Words = new(StringComparer.Ordinal)
    {
        ["bigger"] = (1, false, "size"), ["larger"] = (1, false, "size"), ["biggest"] = (1, true, "size"), ["largest"] = (1, true, "size"),
        ["smaller"] = (-1, false, "size"), ["smallest"] = (-1, true, "size"),
        ["brighter"] = (1, false, "bright"), ["brightest"] = (1, true, "bright"),
        ["dimmer"] = (-1, false, "bright"), ["dimmest"] = (-1, true, "bright"), ["less bright"] = (-1, false, "bright"), ["least bright"] = (-1, true, "bright"),
        ["longer"] = (1, false, "long"), ["longest"] = (1, true, "long"), ["shorter"] = (-1, false, "long"), ["shortest"] = (-1, true, "long"),
        ["taller"] = (1, false, "tall"), ["tallest"] = (1, true, "tall"),
        ["heavier"] = (1, false, "heavy"), ["heaviest"] = (1, true, "heavy"), ["lighter"] = (-1, false, "heavy"), ["lightest"] = (-1, true, "heavy"),
        ["thicker"] = (1, false, "thick"), ["thickest"] = (1, true, "thick"), ["thinner"] = (-1, false, "thick"), ["thinnest"] = (-1, true, "thick"),
        ["wider"] = (1, false, "wide"), ["widest"] = (1, true, "wide"), ["narrower"] = (-1, false, "wide"), ["narrowest"] = (-1, true, "wide"),
        ["harder"] = (1, false, "hard"), ["hardest"] = (1, true, "hard"), ["more difficult"] = (1, false, "hard"), ["most difficult"] = (1, true, "hard"),
        ["more challenging"] = (1, false, "hard"), ["most challenging"] = (1, true, "hard"),
        ["easier"] = (-1, false, "hard"), ["easiest"] = (-1, true, "hard"), ["simpler"] = (-1, false, "hard"), ["simplest"] = (-1, true, "hard"),
        ["faster"] = (1, false, "fast"), ["fastest"] = (1, true, "fast"), ["slower"] = (-1, false, "fast"), ["slowest"] = (-1, true, "fast"),
        ["stronger"] = (1, false, "strong"), ["strongest"] = (1, true, "strong"), ["weaker"] = (-1, false, "strong"), ["weakest"] = (-1, true, "strong"),
        ["cheaper"] = (-1, false, Price), ["cheapest"] = (-1, true, Price), ["less expensive"] = (-1, false, Price), ["least expensive"] = (-1, true, Price),
        ["lower priced"] = (-1, false, Price), ["lowest priced"] = (-1, true, Price),
        ["more expensive"] = (1, false, Price), ["most expensive"] = (1, true, Price), ["pricier"] = (1, false, Price), ["priciest"] = (1, true, Price),
        ["more"] = (1, false, null), ["higher"] = (1, false, null), ["greater"] = (1, false, null), ["better"] = (1, false, null), ["extra"] = (1, false, null),
        ["less"] = (-1, false, null), ["fewer"] = (-1, false, null), ["lower"] = (-1, false, null),
        ["most"] = (1, true, null), ["highest"] = (1, true, null), ["greatest"] = (1, true, null), ["best"] = (1, true, null),
        ["maximum"] = (1, true, null), ["max"] = (1, true, null), ["maximal"] = (1, true, null),
        ["least"] = (-1, true, null), ["fewest"] = (-1, true, null), ["lowest"] = (-1, true, null), ["minimum"] = (-1, true, null), ["min"] = (-1, true, null),
    };

    // Nouns that name an option by another word ("memory" for RAM), and the price's own words.
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["memory"] = ["ram"], ["battery"] = ["battery life"], ["screen"] = ["screen size"], ["display"] = ["screen size"],
        ["piece"] = ["pieces", "piece count"], ["frame"] = ["frame size"], ["room"] = ["room size"],
        ["price"] = [Price], ["cost"] = [Price], ["money"] = [Price], ["priced"] = [Price],
    };

    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3,
    };

    private RelativeOptionAnswer(List<OptionWish> wishes, List<string> unclear, string rest, bool keepsTheRest)
    {
        Wishes = wishes;
        Unclear = unclear;
        Rest = rest;
        KeepsTheRest = keepsTheRest;
    }

    /// <summary>The wishes read, in the order said.</summary>
    public IReadOnlyList<OptionWish> Wishes { get; }

    /// <summary>The options a comparative that named none could mean ("more" of what?), when nothing else was read.</summary>
    public IReadOnlyList<string> Unclear { get; }

    /// <summary>The answer with the amounts read here blanked out ("1000" of "1000 more pieces" names no value).</summary>
    public string Rest { get; }

    /// <summary>The customer said the other options stay as they are ("all the other options the same").</summary>
    public bool KeepsTheRest { get; }

    public static RelativeOptionAnswer Read(string answer, VariantMeasures measures, OrderItem item)
    {
        var text = answer.ToLowerInvariant();
        var rest = answer.ToCharArray();
        var wishes = new List<OptionWish>();
        var unclear = new List<string>();
        foreach (Match match in Comparative().Matches(text))
        {
            var word = Regex.Replace(match.Groups["word"].Value, @"\s+", " ");
            var (direction, most, concept) = Words[word];
            var after = text[(match.Index + match.Length)..];
            var options = NounAfter(after, measures) ?? (concept is null ? null : ConceptOptions(concept, measures));
            if (options is null)
            {
                if (concept is null && !most)
                {
                    unclear.AddRange(measures.Ordered.Append(Price));
                }
                continue;
            }
            if (options.Count != 1)
            {
                unclear.AddRange(options);
                continue;
            }
            var option = options[0] == Price ? null : options[0];
            var said = match.Value.Trim();
            if (most)
            {
                wishes.Add(new MostOrLeast(option, direction, said));
                continue;
            }
            if (measures.Rank(item, option) is not { } from)
            {
                continue;
            }
            wishes.Add(new MoreOrLess(option, direction, from, Inclusive: false, Target(match, direction, from, option, measures), said));
            if (match.Groups["amount"].Success)
            {
                Array.Fill(rest, ' ', match.Groups["amount"].Index, match.Groups["amount"].Length);
            }
        }
        if (PriceBound().Match(text) is { Success: true } bound)
        {
            var direction = bound.Groups["less"].Success ? -1 : 1;
            var limit = double.Parse(bound.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            wishes.RemoveAll(w => w is MoreOrLess { Option: null });
            wishes.Add(new MoreOrLess(null, direction, limit, Inclusive: false, null, bound.Value.Trim()));
        }
        foreach (var option in IndifferentOptions(text, measures))
        {
            if (!wishes.Any(w => w.Option == option))
            {
                wishes.Add(new AnyValue(option));
            }
        }
        foreach (var option in SameOptions(text, measures))
        {
            if (item.Options.GetValueOrDefault(option) is { } value && !wishes.Any(w => w.Option == option))
            {
                wishes.Add(new SameValue(option, value));
            }
        }
        return new RelativeOptionAnswer(wishes, wishes.Count == 0 ? [.. unclear.Distinct(StringComparer.Ordinal)] : [], new string(rest), KeepTheRest().IsMatch(text));
    }

    /// <summary>A named value turned into a bound when the answer says "or better" / "at least" of it ("i7 or better").</summary>
    public static OptionWish Bounded(NamedValue named, string answer, VariantMeasures measures)
    {
        if (measures.Rank(named.Option, named.Value) is not { } rank)
        {
            return named;
        }
        var value = Regex.Escape(named.Value);
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        if (Regex.IsMatch(answer, $@"\bat least (an? )?{value}|{value}(\s+[\w-]+){{0,2}}\s+or\s+(better|higher|more|above|bigger|larger|greater|newer|up)\b", options))
        {
            return new MoreOrLess(named.Option, 1, rank, Inclusive: true, null, $"{named.Value} or more");
        }
        if (Regex.IsMatch(answer, $@"\b(at most|up to) (an? )?{value}|{value}(\s+[\w-]+){{0,2}}\s+or\s+(less|lower|smaller|below|fewer|under)\b", options))
        {
            return new MoreOrLess(named.Option, -1, rank, Inclusive: true, null, $"{named.Value} or less");
        }
        return named;
    }

    // "1000 more" aims at the current value plus 1000; "one size smaller" and "slightly lower" at the next value along.
    private static double? Target(Match match, int direction, double from, string? option, VariantMeasures measures)
    {
        var amount = match.Groups["amount"];
        if (amount.Success && match.Groups["n"].Success && double.TryParse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var delta))
        {
            return from + direction * delta;
        }
        var steps = match.Groups["steps"].Success ? Counts.GetValueOrDefault(match.Groups["count"].Value, 1) : match.Groups["soft"].Success ? 1 : 0;
        if (steps == 0 || option is null)
        {
            return null;
        }
        var ranks = measures.Ranks(option);
        var along = direction > 0 ? ranks.Where(r => r > from).ToList() : [.. ranks.Where(r => r < from).Reverse()];
        return along.Count == 0 ? null : along[Math.Min(steps, along.Count) - 1];
    }

    private static List<string>? NounAfter(string after, VariantMeasures measures)
    {
        var words = FirstWords().Match(after).Value;
        if (words.Length == 0)
        {
            return null;
        }
        var found = OptionsNamedIn(words, measures);
        return found.Count > 0 ? found : null;
    }

    /// <summary>The ordered options (or the price) a stretch of words names, the longest name first.</summary>
    private static List<string> OptionsNamedIn(string words, VariantMeasures measures)
    {
        var tokens = WordsOf().Matches(words).Select(m => Singular(m.Value)).ToList();
        var candidates = measures.Ordered.Append(Price).ToList();
        var whole = candidates.Where(o => Contains(tokens, o.ToLowerInvariant())).OrderByDescending(o => o.Length).ToList();
        if (whole.Count > 0)
        {
            return [whole[0]];
        }
        foreach (var token in tokens)
        {
            if (Synonyms.TryGetValue(token, out var names) && candidates.FirstOrDefault(c => names.Contains(c.ToLowerInvariant())) is { } synonym)
            {
                return [synonym];
            }
            var partial = candidates.Where(c => WordsOf().Matches(c.ToLowerInvariant()).Any(w => w.Value.Length >= 3 && Singular(w.Value) == token)).ToList();
            if (partial.Count > 0)
            {
                return partial;
            }
        }
        return [];
    }

    private static List<string>? ConceptOptions(string concept, VariantMeasures measures)
    {
        if (concept == Price)
        {
            return [Price];
        }
        foreach (var name in Concepts[concept])
        {
            var options = measures.Ordered.Where(o => o.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (options.Count > 0)
            {
                return options;
            }
        }
        return null;
    }

    private static IEnumerable<string> SameOptions(string text, VariantMeasures measures)
    {
        foreach (Match match in Same().Matches(text))
        {
            var tokens = WordsOf().Matches(match.Groups["what"].Value).Select(m => Singular(m.Value)).ToList();
            // The whole name ("same frame size"), or a word of it no other option has ("same difficulty").
            foreach (var option in measures.Values.Keys.Where(o => Contains(tokens, o.ToLowerInvariant()) || DistinctiveWordOf(o, measures.Values.Keys, tokens)))
            {
                yield return option;
            }
        }
    }

    // The options named in a clause that says they do not matter ("waterproof or not doesn't matter", "any color").
    private static IEnumerable<string> IndifferentOptions(string text, VariantMeasures measures)
    {
        foreach (var clause in text.Split([',', '.', ';', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Indifference().IsMatch(clause))
            {
                continue;
            }
            var tokens = WordsOf().Matches(clause).Select(m => Singular(m.Value)).ToList();
            foreach (var option in measures.Values.Keys.Where(o => Contains(tokens, o.ToLowerInvariant()) || DistinctiveWordOf(o, measures.Values.Keys, tokens)))
            {
                yield return option;
            }
        }
    }

    private static bool DistinctiveWordOf(string option, IEnumerable<string> options, List<string> tokens) =>
        WordsOf().Matches(option.ToLowerInvariant()).Select(w => Singular(w.Value))
            .Any(word => word.Length >= 3 && tokens.Contains(word)
                && !options.Any(other => other != option && WordsOf().Matches(other.ToLowerInvariant()).Any(w => Singular(w.Value) == word)));

    private static bool Contains(List<string> tokens, string name)
    {
        var words = WordsOf().Matches(name).Select(m => Singular(m.Value)).ToList();
        for (var i = 0; i + words.Count <= tokens.Count; i++)
        {
            if (words.Select((w, j) => tokens[i + j] == w).All(b => b))
            {
                return true;
            }
        }
        return false;
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    // An amount ("1000 more", "one size smaller"), a softener ("slightly lower"), then the word; longer words first.
    [GeneratedRegex(@"(?<amount>\b(?:(?<count>a|one|two|three|\d)\s+(?<steps>sizes?|steps?|levels?)\s+|(?<n>\d+(?:\.\d+)?)\s*(?:(?!(?:or|and|to|in)\b)[a-z]{1,3}\s+)?))?(?<soft>\b(?:slightly|a bit|a little|a tad|somewhat|just)\s+)?\b(?<word>less\s+bright|least\s+bright|more\s+(?:expensive|difficult|challenging)|most\s+(?:expensive|difficult|challenging)|less\s+expensive|least\s+expensive|lower\s+priced|lowest\s+priced|bigger|larger|biggest|largest|smaller|smallest|brighter|brightest|dimmer|dimmest|longer|longest|shorter|shortest|taller|tallest|heavier|heaviest|lighter|lightest|thicker|thickest|thinner|thinnest|wider|widest|narrower|narrowest|harder|hardest|easier|easiest|simpler|simplest|faster|fastest|slower|slowest|stronger|strongest|weaker|weakest|cheaper|cheapest|pricier|priciest|more|higher|greater|better|extra|less|fewer|lower|most|highest|greatest|best|maximum|maximal|max|least|fewest|lowest|minimum|min)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Comparative();

    // Up to three words right after a comparative that can name what it is about ("lower resolution", "more pieces"),
    // not "one with an i7" ("the cheapest one with an i7": the cheapest is about the price).
    [GeneratedRegex(@"^(?:\s*(?!(?:one|ones|with|and|but|than|in|for|of|that|which|to|as|if|please|version|option)\b)[a-z0-9%-]+){1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWords();

    [GeneratedRegex(@"\bsame\s+(?<what>[^.,;!?]{1,60})", RegexOptions.CultureInvariant)]
    private static partial Regex Same();

    [GeneratedRegex(@"(everything|all|the rest|other options?|others?)[^.;!?]{0,30}\bsame\b|\bsame\s+(otherwise|as before)|\bwithout changing\b|\botherwise the same\b|\bkeep(ing)? (everything|the rest|all)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KeepTheRest();

    // "under $300", "less than 300 dollars", "more than $50".
    [GeneratedRegex(@"\b(?:(?<less>less than|under|below|cheaper than|no more than|at most|up to)|more than|over|above)\s+\$\s*(?<n>\d[\d,]*(?:\.\d+)?)|\b(?:(?<less>less than|under|below|cheaper than|no more than|at most|up to)|more than|over|above)\s+(?<n>\d[\d,]*(?:\.\d+)?)\s*(?:dollars|usd|bucks)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PriceBound();

    [GeneratedRegex(@"\b(?:(?:doesn'?t|does not|don'?t|do not) (?:matter|care|mind)|not important|either way|whichever|\bany\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Indifference();

    [GeneratedRegex(@"[a-z0-9%-]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordsOf();
}
