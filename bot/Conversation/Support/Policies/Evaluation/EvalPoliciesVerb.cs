using EcomBot.Bot.Cli;
using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Conversation.Support.Policies.Evaluation;

/// <summary>
/// <c>eval policies --data FILE</c>: answers every labelled question as the bot would, prints each miss (wrong passage,
/// a required fact missing from the reply, no citation of the right article), then
/// <c>passage_hit@1=&lt;x&gt; answer_correct=&lt;x&gt; cited=&lt;x&gt; n=&lt;count&gt;</c> as the last line.
/// </summary>
internal sealed class EvalPoliciesVerb(PolicySearch policies) : ICliVerb
{
    public string Name => "eval policies";

    public string Usage => "eval policies --data ../knowledge/data/evaluation/policy-questions/train.tsv";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var questions = PolicyQuestionCase.ReadTsv(args.ExistingFile("data"));
        var scores = await new PolicyQuestionEvaluation(policies).RunAsync(questions, cancellationToken);
        foreach (var miss in scores.Misses)
        {
            Console.WriteLine(miss);
        }
        Console.WriteLine(scores);
        return 0;
    }
}
