using System.Text.RegularExpressions;

namespace EcomBot.Deployment.Tests.Docker;

/// <summary>One instruction of a Dockerfile (continuation lines joined, comments dropped).</summary>
public sealed record DockerInstruction(string Keyword, string Arguments);

/// <summary>A build stage: its base image, name and instructions.</summary>
public sealed record DockerStage(string BaseImage, string Name, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<string> All(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    /// <summary>The stage's ENV values (<c>ENV A=1 B=2</c> form).</summary>
    public IReadOnlyDictionary<string, string> Environment() => All("ENV")
        .SelectMany(arguments => Regex.Matches(arguments, @"(\w+)=(""[^""]*""|\S+)").Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim('"'))))
        .ToDictionary(pair => pair.Item1, pair => pair.Item2);
}

/// <summary>Reads a Dockerfile into stages, enough to run its build steps natively and check its runtime stage.</summary>
public static class Dockerfile
{
    public static IReadOnlyList<DockerStage> Parse(string text)
    {
        var stages = new List<(string Image, string Name, List<DockerInstruction> Instructions)>();
        foreach (var instruction in Instructions(text))
        {
            if (instruction.Keyword == "FROM")
            {
                var parts = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = parts.Length >= 3 && parts[^2].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[^1] : $"stage{stages.Count}";
                stages.Add((parts[0], name, []));
            }
            else if (stages.Count > 0)
            {
                stages[^1].Instructions.Add(instruction);
            }
        }
        return [.. stages.Select(s => new DockerStage(s.Image, s.Name, s.Instructions))];
    }

    private static IEnumerable<DockerInstruction> Instructions(string text)
    {
        var pending = "";
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            var whole = (pending + line).Trim();
            pending = "";
            if (whole.Length == 0)
            {
                continue;
            }
            var space = whole.IndexOf(' ');
            yield return space < 0
                ? new DockerInstruction(whole.ToUpperInvariant(), "")
                : new DockerInstruction(whole[..space].ToUpperInvariant(), whole[(space + 1)..].Trim());
        }
    }
}
