using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Conversation;
namespace EcomBot.Tools.Policies;

/// <summary>
/// One labelled policy question: the passages (<c>article#anchor</c>) that answer it, any of which counts as right, and
/// the facts a correct reply must contain, all of them ("5 to 7 business days"). No expected passage: the articles do
/// not answer it.
/// </summary>
public sealed record PolicyQuestionCase(string Question, IReadOnlyList<string> ExpectedPassages, IReadOnlyList<string> RequiredFacts)
{
    /// <summary>The articles of the expected passages: citing any of them counts as citing the right article.</summary>
    /// <summary>No help article answers it: the right reply says so and offers a person.</summary>
    public bool Unanswerable => ExpectedPassages.Count == 0;

    public IEnumerable<string> ExpectedArticles => ExpectedPassages.Select(p => p.Split('#')[0]).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Reads the tab-separated format of <c>knowledge/data/evaluation/policy-questions</c>: columns <c>question</c>,
    /// <c>expected_passages</c> (space-separated anchors) and <c>required_facts</c> (separated by <c>|</c>).
    /// </summary>
    public static IReadOnlyList<PolicyQuestionCase> ReadTsv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines.Count > 0 ? lines[0].Split('\t') : [];
        var (question, passages, facts) =
            (Array.IndexOf(header, "question"), Array.IndexOf(header, "expected_passages"), Array.IndexOf(header, "required_facts"));
        if (question < 0 || passages < 0 || facts < 0)
        {
            throw new InvalidDataException($"'{path}' needs the columns question, expected_passages and required_facts.");
        }
        return lines.Skip(1)
            .Select(l => l.Split('\t'))
            .Select(f => new PolicyQuestionCase(
                f[question].Trim(),
                f[passages].Split(' ', StringSplitOptions.RemoveEmptyEntries),
                f[facts].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();
    }
}
