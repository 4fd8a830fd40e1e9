namespace EcomBot.TestSupport;

/// <summary>
/// The public data sets the evaluations read (<c>../shared/data</c> beside the repository, or beside the folder of
/// worktrees; <c>ECOMBOT_SHARED_DATA</c> names another place). Only evaluation tests use them: unit tests run on what
/// the repository ships.
/// </summary>
public static class SharedDataSets
{
    public static string File(string relativePath)
    {
        if (Environment.GetEnvironmentVariable("ECOMBOT_SHARED_DATA") is { Length: > 0 } configured)
        {
            return Path.Combine(configured, relativePath);
        }
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", relativePath);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"shared/data/{relativePath} was not found above {AppContext.BaseDirectory} (set ECOMBOT_SHARED_DATA).");
    }
}
