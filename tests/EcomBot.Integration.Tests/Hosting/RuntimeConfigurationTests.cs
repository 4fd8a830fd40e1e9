using System.Globalization;
using System.Runtime;
using System.Text.Json.Nodes;

namespace EcomBot.Integration.Tests.Hosting;

/// <summary>
/// The test process runs the bot's code with the shipped bot's runtime settings (globalization, GC), so a crash that
/// production would have (a culture the invariant mode does not know) happens in the tests too. Linked into every
/// test project that references the bot.
/// </summary>
public sealed class RuntimeConfigurationTests
{
    private const string ShippedBot = "EcomBot.Bot";

    [Fact]
    public void TheTestHostsRuntimeConfigurationEqualsTheShippedBots()
    {
        var shipped = ConfigProperties(ShippedBot);
        var testHost = ConfigProperties(typeof(RuntimeConfigurationTests).Assembly.GetName().Name!)
            .Where(p => !p.Key.StartsWith("MSTest.", StringComparison.Ordinal)) // the test platform's own switch
            .ToDictionary();

        Assert.Contains("System.Globalization.Invariant", shipped.Keys);
        Assert.Equal(shipped.OrderBy(p => p.Key), testHost.OrderBy(p => p.Key));
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
