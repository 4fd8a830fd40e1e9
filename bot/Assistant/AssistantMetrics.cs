using System.Diagnostics.Metrics;

namespace EcomBot.Bot.Assistant;

/// <summary>
/// Counts of the model path (meter <c>EcomBot.Assistant</c>): turns the model answered, turns that fell back to the
/// flows (tagged with why: error, timeout, circuit open, budget, rate, guard), replies the guards withheld, and tokens.
/// The totals are readable here too, for tests and health checks.
/// </summary>
public sealed class AssistantMetrics
{
    public const string MeterName = "EcomBot.Assistant";

    private readonly Counter<long> _answered;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _withheld;
    private readonly Counter<long> _tokens;
    private long _answeredTotal;
    private long _fallbackTotal;
    private long _withheldTotal;

    public AssistantMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _answered = meter.CreateCounter<long>("ecombot.assistant.turns", description: "Turns the chat model answered.");
        _fallbacks = meter.CreateCounter<long>("ecombot.assistant.fallbacks", description: "Turns the flows answered because the model path could not.");
        _withheld = meter.CreateCounter<long>("ecombot.assistant.withheld", description: "Model replies a guard withheld.");
        _tokens = meter.CreateCounter<long>("ecombot.assistant.tokens", description: "Tokens the chat model reported using.");
    }

    public long Answered => Interlocked.Read(ref _answeredTotal);

    public long Fallbacks => Interlocked.Read(ref _fallbackTotal);

    public long Withheld => Interlocked.Read(ref _withheldTotal);

    public void Answer(long tokens)
    {
        Interlocked.Increment(ref _answeredTotal);
        _answered.Add(1);
        _tokens.Add(tokens);
    }

    public void FellBack(string reason)
    {
        Interlocked.Increment(ref _fallbackTotal);
        _fallbacks.Add(1, new KeyValuePair<string, object?>("reason", reason));
    }

    public void Withhold(string guard)
    {
        Interlocked.Increment(ref _withheldTotal);
        _withheld.Add(1, new KeyValuePair<string, object?>("guard", guard));
    }
}
