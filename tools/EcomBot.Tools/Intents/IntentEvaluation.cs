using EcomBot.Bot.Conversation.Routing;
namespace EcomBot.Tools.Intents;

/// <summary>Precision, recall and F1 of one intent over an evaluation set.</summary>
public sealed record IntentScore(string Intent, int Support, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Support == 0 ? 0 : (double)Correct / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores predicted intents against gold labels. Macro F1 averages over every intent that is either a gold label or a
/// prediction, so predicting an intent the set never contains is penalised rather than ignored.
/// </summary>
public sealed class IntentEvaluation
{
    public IntentEvaluation(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        Count = pairs.Count;
        Accuracy = Count == 0 ? 0 : (double)pairs.Count(p => p.Gold == p.Predicted) / Count;
        Scores = [.. pairs.SelectMany(p => new[] { p.Gold, p.Predicted })
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(intent => new IntentScore(
                intent,
                pairs.Count(p => p.Gold == intent),
                pairs.Count(p => p.Predicted == intent),
                pairs.Count(p => p.Gold == intent && p.Predicted == intent)))];
        MacroF1 = Scores.Count == 0 ? 0 : Scores.Average(s => s.F1);
    }

    public int Count { get; }

    public double Accuracy { get; }

    public double MacroF1 { get; }

    public IReadOnlyList<IntentScore> Scores { get; }
}
