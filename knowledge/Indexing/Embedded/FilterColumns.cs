namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// The filterable payload fields of every document laid out as flat arrays (strings interned to numbers, prices
/// and option values in one array each with per-document offsets), so evaluating a filter over 100k documents
/// walks a few contiguous arrays instead of chasing each document's payload objects through memory.
/// Rebuilt with the term postings after a change; the conditions mean exactly what <see cref="KnowledgeFilter.Matches"/> says.
/// </summary>
internal sealed class FilterColumns
{
    private const int Absent = -1;

    private readonly Dictionary<string, int> _strings;
    private readonly int[] _productTypes;
    private readonly int[] _articles;
    private readonly bool[] _available;
    private readonly int[] _optionStarts;
    private readonly int[] _options;
    private readonly int[] _priceStarts;
    private readonly double[] _prices;

    private FilterColumns(IReadOnlyList<KnowledgeDocument> documents)
    {
        _strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = documents.Count;
        _productTypes = new int[count];
        _articles = new int[count];
        _available = new bool[count];
        _optionStarts = new int[count + 1];
        _priceStarts = new int[count + 1];
        var options = new List<int>();
        var prices = new List<double>();
        for (var slot = 0; slot < count; slot++)
        {
            var payload = documents[slot].Payload;
            _productTypes[slot] = Intern(payload.ProductType);
            _articles[slot] = Intern(payload.ArticleId);
            _available[slot] = payload.Available;
            _optionStarts[slot] = options.Count;
            foreach (var option in payload.OptionValues)
            {
                options.Add(Intern(option));
            }
            _priceStarts[slot] = prices.Count;
            prices.AddRange(payload.Prices);
        }
        _optionStarts[count] = options.Count;
        _priceStarts[count] = prices.Count;
        _options = [.. options];
        _prices = [.. prices];
    }

    public static FilterColumns Build(IReadOnlyList<KnowledgeDocument> documents) => new(documents);

    /// <summary>Sets <paramref name="allowed"/>[slot] for each of the first <paramref name="count"/> documents.</summary>
    public void Evaluate(KnowledgeFilter filter, bool[] allowed, int count)
    {
        // A value no document has matches nothing; Lookup returns a number no slot holds for it.
        var productType = filter.ProductType is null ? (int?)null : Lookup(filter.ProductType);
        var article = filter.ArticleId is null ? (int?)null : Lookup(filter.ArticleId);
        var options = filter.OptionValues.Select(Lookup).ToArray();
        var pricesMatter = filter.MinPrice is not null || filter.MaxPrice is not null;
        var min = filter.MinPrice ?? double.MinValue;
        var max = filter.MaxPrice ?? double.MaxValue;
        for (var slot = 0; slot < count; slot++)
        {
            allowed[slot] = (productType is not { } type || _productTypes[slot] == type)
                && (article is not { } articleId || _articles[slot] == articleId)
                && (filter.Available is not { } available || _available[slot] == available)
                && HasAll(slot, options)
                && (!pricesMatter || AnyPriceInRange(slot, min, max));
        }
    }

    private bool HasAll(int slot, int[] wanted)
    {
        var offered = _options.AsSpan(_optionStarts[slot], _optionStarts[slot + 1] - _optionStarts[slot]);
        foreach (var option in wanted)
        {
            if (!offered.Contains(option))
            {
                return false;
            }
        }
        return true;
    }

    private bool AnyPriceInRange(int slot, double min, double max)
    {
        for (var i = _priceStarts[slot]; i < _priceStarts[slot + 1]; i++)
        {
            if (_prices[i] >= min && _prices[i] <= max)
            {
                return true;
            }
        }
        return false;
    }

    private int Intern(string? value)
    {
        if (value is null)
        {
            return Absent;
        }
        if (!_strings.TryGetValue(value, out var id))
        {
            id = _strings.Count;
            _strings[value] = id;
        }
        return id;
    }

    private int Lookup(string value) => _strings.TryGetValue(value, out var id) ? id : int.MinValue;
}
