using EcomBot.Bot.Conversation.Support.Policies;
using EcomBot.Bot.Conversation;
using System.Globalization;
using EcomBot.Knowledge.Search;

namespace EcomBot.Tools.Policies;

/// <summary>
/// Asks every labelled question the way the policy flow does (<see cref="PolicySearch"/>, then
/// <see cref="PolicyReply"/>) and scores what the customer would read.
/// </summary>
public sealed class PolicyQuestionEvaluation(PolicySearch policies)
{
    public async Task<PolicyQuestionScores> RunAsync(IReadOnlyList<PolicyQuestionCase> questions, CancellationToken cancellationToken = default)
    {
        var scores = new List<PolicyQuestionScore>(questions.Count);
        foreach (var question in questions)
        {
            var answer = await policies.SearchAsync(question.Question, PolicyReply.PassagesWanted, cancellationToken);
            var reply = PolicyReply.Compose(question.Question, answer);
            scores.Add(PolicyQuestionScore.Of(question, answer.FoundReliableAnswer ? answer.Passages[0].Anchor : null, reply));
        }
        return new PolicyQuestionScores(scores);
    }
}

/// <summary>The scores of every question, and the shares the <c>eval policies</c> verb ends with.</summary>
public sealed record PolicyQuestionScores(IReadOnlyList<PolicyQuestionScore> Questions)
{
    public int Count => Questions.Count;

    public double PassageHitAt1 => Share(q => q.PassageHit);

    public double AnswerCorrect => Share(q => q.AnswerCorrect);

    public double Cited => Share(q => q.Cited);

    public IEnumerable<PolicyQuestionScore> Misses => Questions.Where(q => !q.Perfect);

    /// <summary>How many questions were answered from an article that does not hold their answer.</summary>
    public int FromWrongArticle => Questions.Count(q => q.WrongArticle);

    /// <summary>The summary line: <c>passage_hit@1=.. answer_correct=.. cited=.. n=..</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"passage_hit@1={PassageHitAt1:F3} answer_correct={AnswerCorrect:F3} cited={Cited:F3} n={Count}");

    private double Share(Func<PolicyQuestionScore, bool> passed) => Count == 0 ? 0 : Questions.Count(passed) / (double)Count;
}
