namespace EcomBot.Deployment.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from (found by walking up to EcomBot.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DeploymentTemplates => Path.Combine(Root, "deploymentTemplates");

    public static string Azure => Path.Combine(DeploymentTemplates, "azure");

    public static string Docker => Path.Combine(DeploymentTemplates, "docker");

    public static string HelmChart => Path.Combine(DeploymentTemplates, "kubernetes", "ecombot");

    public static string Teams => Path.Combine(DeploymentTemplates, "teams");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EcomBot.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"EcomBot.sln not found above {AppContext.BaseDirectory}");
    }
}
