using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.ChangeStore;

namespace EcomBot.TestSupport;

/// <summary>The shipped demo database (loaded once; it is read-only) .</summary>
public static class DemoData
{
    private static readonly Lazy<StoreDatabase> LazyDatabase = new(() =>
        StoreDatabase.Load(Path.Combine(AppContext.BaseDirectory, "data", "tau2-retail", "db.json")));

    public static StoreDatabase Database => LazyDatabase.Value;

    public static DemoCommerceStore FreshStore() => new(Database, new InMemoryCommerceChangeStore());
}
