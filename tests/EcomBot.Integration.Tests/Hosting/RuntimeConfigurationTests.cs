using System.Globalization;
using System.Runtime;
using System.Text.Json.Nodes;

namespace EcomBot.Integration.Tests.Hosting;

/// <summary>
/// The test process runs the bot's code with the shipped bot's runtime settings (globalization, GC), so a crash that
/// production would have (a culture the invariant mode does not know) happens in the tests too. Linked into every
/// test project that runs the bot's code (the settings themselves are in Directory.Build.props).
/// </summary>
public sealed class RuntimeConfigurationTests
{
    private const string ShippedBot = "EcomBot.Bot";

    [Fact]
    public void TheTestHostsRuntimeConfigurationEqualsTheShippedBots()
    {
        var shipped = ConfigProperties(ShippedBot);
        // The test host, and any other program built next to it (the command-line tools).
        var others = Directory.GetFiles(AppContext.BaseDirectory, "*.runtimeconfig.json")
            .Select(path => Path.GetFileName(path)[..^".runtimeconfig.json".Length])
            .Where(name => name != ShippedBot)
            .ToList();

        Assert.Contains("System.Globalization.Invariant", shipped.Keys);
        Assert.Contains(typeof(RuntimeConfigurationTests).Assembly.GetName().Name!, others);
        Assert.All(others, name => Assert.Equal(
            shipped.OrderBy(p => p.Key),
            ConfigProperties(name).Where(p => !p.Key.StartsWith("MSTest.", StringComparison.Ordinal)).OrderBy(p => p.Key)));
    }

    [Fact]
    public void TheRunningTestProcessHasTheShippedBotsSettingsInEffect()
    {
        foreach (var (name, value) in ConfigProperties(ShippedBot))
        {
            Assert.Equal(value, AppContext.GetData(name)?.ToString()?.ToLowerInvariant());
        }
        Assert.Equal(ConfigProperties(ShippedBot)["System.GC.Server"] == "true", GCSettings.IsServerGC);
        // What the shipped bot does with a named culture: invariant mode knows none.
        Assert.Throws<CultureNotFoundException>(() => CultureInfo.GetCultureInfo("en-US"));
    }

    private static Dictionary<string, string> ConfigProperties(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".runtimeconfig.json");
        var properties = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]?.AsObject() ?? [];
        return properties.ToDictionary(p => p.Key, p => p.Value!.ToString().ToLowerInvariant(), StringComparer.Ordinal);
    }
}
