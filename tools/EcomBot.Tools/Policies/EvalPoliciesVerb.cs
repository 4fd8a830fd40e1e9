using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Conversation;
using EcomBot.Bot.Cli;
using EcomBot.Tools.Knowledge;
using System.Globalization;
using EcomBot.Knowledge.Search;

namespace EcomBot.Tools.Policies;

/// <summary>
/// <c>eval policies --data FILE [--replies]</c>: answers every labelled question as the bot would, prints each miss (wrong
/// passage, a required fact missing from the reply, no citation of the right article; with <c>--replies</c> every question
/// and its reply), how many found nothing reliable and how many were answered from an article that does not hold their
/// answer, then
/// <c>passage_hit@1=&lt;x&gt; answer_correct=&lt;x&gt; cited=&lt;x&gt; n=&lt;count&gt;</c> as the last line.
/// </summary>
internal sealed class EvalPoliciesVerb(PolicySearch policies, IndexedKnowledge knowledge) : ICliVerb
{
    private const int RankingShown = 5;

    public string Name => "eval policies";

    public string Usage => "eval policies --data ../knowledge/data/evaluation/policy-questions/train.tsv [--replies] [--ranking]";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var questions = PolicyQuestionCase.ReadTsv(args.ExistingFile("data"));
        await knowledge.EnsureAsync(cancellationToken);
        var scores = await new PolicyQuestionEvaluation(policies).RunAsync(questions, cancellationToken);
        foreach (var question in args.Flag("replies") ? scores.Questions : scores.Misses)
        {
            Console.WriteLine(question);
            if (args.Flag("replies"))
            {
                Console.WriteLine($"    reply: {question.Reply.Text}");
            }
            if (args.Flag("ranking"))
            {
                await PrintRankingAsync(question.Case.Question, cancellationToken);
            }
        }
        Console.WriteLine($"nothing reliable found: {scores.Questions.Count(q => q.AnsweredFrom is null)} of {scores.Count}");
        Console.WriteLine($"answered from the wrong article: {scores.FromWrongArticle} of {scores.Count}");
        Console.WriteLine(scores);
        return 0;
    }

    /// <summary>The candidates the search weighed, most relevant first, and which of them showed a sign of answering.</summary>
    private async Task PrintRankingAsync(string question, CancellationToken cancellationToken)
    {
        var (candidates, _) = await policies.RankAsync(question, cancellationToken);
        var supporting = AnswerEvidence.Supporting(question, candidates).Select(p => p.Anchor).ToHashSet(StringComparer.Ordinal);
        foreach (var passage in candidates.Take(RankingShown))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {passage.Score:F3} (similarity {passage.Similarity:F3}){(supporting.Contains(passage.Anchor) ? "" : " no sign")} {passage.Anchor}"));
        }
    }
}
