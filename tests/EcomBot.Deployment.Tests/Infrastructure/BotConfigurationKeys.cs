using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcomBot.Deployment.Tests.Infrastructure;

/// <summary>
/// The configuration keys the bot reads, as the README's Configuration table and bot/appsettings.json list them,
/// so a template that sets a misspelt key (which the bot would silently ignore) fails a test.
/// </summary>
public static partial class BotConfigurationKeys
{
    private static readonly Lazy<IReadOnlySet<string>> Known = new(Load);

    /// <summary>Whether an environment variable name (<c>Section__Key</c>) names a key the bot reads.</summary>
    public static bool IsKnownVariable(string variable)
    {
        var key = variable.Replace("__", ":", StringComparison.Ordinal);
        return Known.Value.Any(known => known.EndsWith(":*", StringComparison.Ordinal)
            ? key.StartsWith(known[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(known, key, StringComparison.OrdinalIgnoreCase));
    }

    private static HashSet<string> Load()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in ReadmeKeys(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"))))
        {
            keys.Add(key);
        }
        Flatten(NodeTools.ReadJson(Path.Combine(RepositoryPaths.Root, "bot", "appsettings.json")), "", keys);
        return keys;
    }

    /// <summary>Keys in the first column of the Configuration table; a bare name after <c>/</c> or <c>,</c> shares
    /// the section of the key before it (<c>`DirectLine:MaxActivityBytes` / `MaxActivitiesPerConversation`</c>).</summary>
    private static IEnumerable<string> ReadmeKeys(string readme)
    {
        var section = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var firstCell = line.Split('|')[1];
            var prefix = "";
            foreach (Match match in CodeSpan().Matches(firstCell))
            {
                var key = match.Groups[1].Value;
                var colon = key.LastIndexOf(':');
                if (colon >= 0)
                {
                    prefix = key[..(colon + 1)];
                    yield return key;
                }
                else
                {
                    yield return prefix + key;
                }
            }
        }
    }

    private static void Flatten(JsonNode? node, string path, HashSet<string> keys)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj)
            {
                Flatten(child, path.Length == 0 ? name : $"{path}:{name}", keys);
            }
        }
        else
        {
            keys.Add(path);
        }
    }

    [GeneratedRegex("`([A-Za-z][A-Za-z0-9:*]*)`")]
    private static partial Regex CodeSpan();
}
