using System.Text.RegularExpressions;

namespace EcomBot.Deployment.Tests.Docker;

/// <summary>The patterns of a .dockerignore file (the forms this repository uses: <c>**/</c>, <c>*</c>, trailing <c>/</c>).</summary>
public sealed class DockerIgnore(IEnumerable<string> patterns)
{
    private readonly Regex[] _patterns = [.. patterns
        .Select(p => p.Trim())
        .Where(p => p.Length > 0 && !p.StartsWith('#'))
        .Select(ToRegex)];

    public static DockerIgnore Load(string path) => new(File.ReadAllLines(path));

    /// <summary>Whether a path relative to the build context (with <c>/</c> separators) is left out of it.</summary>
    public bool Excludes(string relativePath) => _patterns.Any(p => p.IsMatch(relativePath));

    private static Regex ToRegex(string pattern)
    {
        var directory = pattern.EndsWith('/');
        var body = Regex.Escape(pattern.TrimEnd('/'))
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal);
        return new Regex(directory ? $"^{body}(/.*)?$" : $"^{body}$", RegexOptions.CultureInvariant);
    }
}
