using EcomBot.Bot.Commerce.History;
using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Capabilities.Recommendations.CoPurchase;

/// <summary>
/// Which products are bought together, learned from order history at product (type) level: how many customers
/// bought each product, how many bought both of a pair (in any of their orders) and how many orders held both.
/// Similarity is a cosine, <c>(customers with both + sameOrderWeight × orders with both) / sqrt(buyers(a) × buyers(b))</c>:
/// bought by the same people, more so when in the same basket, and normalised so a best-seller does not look related
/// to everything. Cancelled orders are left out: nothing was bought.
/// </summary>
public sealed class CoPurchaseModel
{
    private readonly Dictionary<string, int> _buyers;
    private readonly Dictionary<(string, string), int> _customersWithBoth;
    private readonly Dictionary<(string, string), int> _ordersWithBoth;
    private readonly int _minimumCoPurchases;
    private readonly double _sameOrderWeight;

    private CoPurchaseModel(
        Dictionary<string, int> buyers,
        Dictionary<(string, string), int> customersWithBoth,
        Dictionary<(string, string), int> ordersWithBoth,
        int orderCount,
        int minimumCoPurchases,
        double sameOrderWeight)
    {
        _buyers = buyers;
        _customersWithBoth = customersWithBoth;
        _ordersWithBoth = ordersWithBoth;
        OrderCount = orderCount;
        _minimumCoPurchases = minimumCoPurchases;
        _sameOrderWeight = sameOrderWeight;
        MostBuyers = buyers.Count == 0 ? 0 : buyers.Values.Max();
    }

    /// <summary>Orders learned from (cancelled ones excluded).</summary>
    public int OrderCount { get; }

    /// <summary>Buyers of the best-selling product; popularity is measured against it.</summary>
    public int MostBuyers { get; }

    /// <param name="minimumCoPurchases">Fewer customers than this with both products is treated as chance.</param>
    /// <param name="sameOrderWeight">Extra weight of each order that held both products.</param>
    public static CoPurchaseModel Learn(IEnumerable<AnonymousOrder> orders, int minimumCoPurchases, double sameOrderWeight)
    {
        var buyers = new Dictionary<string, int>(StringComparer.Ordinal);
        var customersWithBoth = new Dictionary<(string, string), int>();
        var ordersWithBoth = new Dictionary<(string, string), int>();
        var productsByCustomer = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var orderCount = 0;

        foreach (var order in orders.Where(o => o.Status != OrderStatus.Cancelled))
        {
            orderCount++;
            var products = order.ProductIds.ToHashSet(StringComparer.Ordinal);
            CountPairs(products, ordersWithBoth);
            if (!productsByCustomer.TryGetValue(order.Shopper, out var owned))
            {
                productsByCustomer[order.Shopper] = owned = new HashSet<string>(StringComparer.Ordinal);
            }
            owned.UnionWith(products);
        }

        foreach (var products in productsByCustomer.Values)
        {
            foreach (var product in products)
            {
                buyers[product] = buyers.GetValueOrDefault(product) + 1;
            }
            CountPairs(products, customersWithBoth);
        }
        return new CoPurchaseModel(buyers, customersWithBoth, ordersWithBoth, orderCount, minimumCoPurchases, sameOrderWeight);
    }

    /// <summary>Customers who bought the product.</summary>
    public int Buyers(string productId) => _buyers.GetValueOrDefault(productId);

    /// <summary>Customers who bought both products, in one order or in different ones.</summary>
    public int CustomersWithBoth(string productA, string productB) => _customersWithBoth.GetValueOrDefault(Pair(productA, productB));

    /// <summary>Orders that held both products.</summary>
    public int OrdersWithBoth(string productA, string productB) => _ordersWithBoth.GetValueOrDefault(Pair(productA, productB));

    /// <summary>How strongly the two products are bought together; 0 below the minimum number of shared customers.</summary>
    public double Similarity(string productA, string productB)
    {
        if (productA == productB)
        {
            return 0;
        }
        var both = CustomersWithBoth(productA, productB);
        return both < _minimumCoPurchases
            ? 0
            : (both + _sameOrderWeight * OrdersWithBoth(productA, productB)) / Math.Sqrt((double)Buyers(productA) * Buyers(productB));
    }

    /// <summary>Share of the best-seller's buyers that bought this product, 0..1.</summary>
    public double Popularity(string productId) => MostBuyers == 0 ? 0 : (double)Buyers(productId) / MostBuyers;

    private static void CountPairs(HashSet<string> products, Dictionary<(string, string), int> counts)
    {
        var sorted = products.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            for (var j = i + 1; j < sorted.Length; j++)
            {
                var pair = (sorted[i], sorted[j]);
                counts[pair] = counts.GetValueOrDefault(pair) + 1;
            }
        }
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
