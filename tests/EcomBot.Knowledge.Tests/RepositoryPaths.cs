namespace EcomBot.Knowledge.Tests;

/// <summary>Locations of the read-only shared data sets (<c>../shared/data</c> next to the repository).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedData => Environment.GetEnvironmentVariable("ECOMBOT_SHARED_DATA")
        ?? new[] { Path.Combine(Root, "..", "shared", "data"), "/work/shared/data" }.First(Directory.Exists);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcomBot.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("EcomBot.sln not found above the test output.");
    }
}
