using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.ChangeStore;

namespace EcomBot.Bot.Tests.Commerce;

/// <summary>The shipped demo database (loaded once; it is read-only) and the shared data folder's recordings.</summary>
internal static class DemoData
{
    private static readonly Lazy<StoreDatabase> LazyDatabase = new(() =>
        StoreDatabase.Load(Path.Combine(AppContext.BaseDirectory, "data", "tau2-retail", "db.json")));

    public static StoreDatabase Database => LazyDatabase.Value;

    public static DemoCommerceStore FreshStore() => new(Database, new InMemoryCommerceChangeStore());

    /// <summary>The shared data folder sits beside the repository (or beside the folder of worktrees).</summary>
    public static string SharedFile(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"shared/data/{relativePath} was not found above {AppContext.BaseDirectory}.");
    }
}
