using EcomBot.Tools.Intents;
using EcomBot.TestSupport;

namespace EcomBot.Tools.Tests.Intents;

[Collection(TrainedRouterCollection.Name)]
public sealed class LearnedRouterAccuracyTests(TrainedRouterFixture router)
{
    [Fact]
    public void SupportIntentsHeldBackFromTrainingAreRecognised()
    {
        var evaluation = new IntentEvaluation([.. router.BitextPredictions.Select(p => (p.Gold, p.Predicted))]);
        Assert.True(evaluation.Accuracy >= 0.985, $"accuracy {evaluation.Accuracy:F4} on {evaluation.Count} held-back utterances");
    }

    [Fact]
    public void DiscoveryOutreachAndSmallTalkExamplesHeldBackAreRecognised()
    {
        var evaluation = new IntentEvaluation([.. router.OwnPredictions.Select(p => (p.Gold, p.Predicted))]);
        Assert.True(evaluation.Accuracy >= 0.75, $"accuracy {evaluation.Accuracy:F4} on {evaluation.Count} held-back utterances");
    }

    [Fact]
    public void ConfidenceOnHeldBackUtterancesMatchesHowOftenTheRouterIsRight()
    {
        var all = router.BitextPredictions.Concat(router.OwnPredictions).ToList();
        var accuracy = all.Average(p => p.Gold == p.Predicted ? 1.0 : 0.0);
        var confidence = all.Average(p => (double)p.Confidence);
        Assert.True(Math.Abs(accuracy - confidence) < 0.05, $"mean confidence {confidence:F3} vs accuracy {accuracy:F3}");
    }

    [Fact]
    public void WrongAnswersAreLessConfidentThanRightOnes()
    {
        var all = router.BitextPredictions.Concat(router.OwnPredictions).ToList();
        var wrong = all.Where(p => p.Gold != p.Predicted).Select(p => (double)p.Confidence).DefaultIfEmpty(0).Average();
        var right = all.Where(p => p.Gold == p.Predicted).Average(p => (double)p.Confidence);
        Assert.True(wrong < right, $"wrong {wrong:F3} vs right {right:F3}");
    }

    [Fact]
    public void CalibrationFittedATemperature() =>
        Assert.NotEqual(1f, router.Model.Temperature);
}
