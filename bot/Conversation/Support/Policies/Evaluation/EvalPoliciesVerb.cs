using EcomBot.Bot.Cli;
using EcomBot.Knowledge.Indexing;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies.Evaluation;

/// <summary>
/// <c>eval policies --data FILE [--replies]</c>: answers every labelled question as the bot would, prints each miss (wrong
/// passage, a required fact missing from the reply, no citation of the right article; with <c>--replies</c> every question
/// and its reply), then
/// <c>passage_hit@1=&lt;x&gt; answer_correct=&lt;x&gt; cited=&lt;x&gt; n=&lt;count&gt;</c> as the last line.
/// </summary>
internal sealed class EvalPoliciesVerb(PolicySearch policies, IKnowledgeIndex index) : ICliVerb
{
    public string Name => "eval policies";

    public string Usage => "eval policies --data ../knowledge/data/evaluation/policy-questions/train.tsv [--replies]";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var questions = PolicyQuestionCase.ReadTsv(args.ExistingFile("data"));
        if ((await index.GetContentHashesAsync(KnowledgeCollections.Policies, cancellationToken)).Count == 0)
        {
            // Verbs do not start the host, so start-up ingestion has not run: scoring an empty index would print zeros.
            await Console.Error.WriteLineAsync("the help articles are not indexed; run `dotnet run --project bot -- ingest` first");
            return 1;
        }
        var scores = await new PolicyQuestionEvaluation(policies).RunAsync(questions, cancellationToken);
        foreach (var question in args.Flag("replies") ? scores.Questions : scores.Misses)
        {
            Console.WriteLine(question);
            if (args.Flag("replies"))
            {
                Console.WriteLine($"    reply: {question.Reply.Text}");
            }
        }
        Console.WriteLine(scores);
        return 0;
    }
}
