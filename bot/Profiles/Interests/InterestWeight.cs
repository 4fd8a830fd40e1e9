namespace EcomBot.Bot.Profiles.Interests;

/// <summary>
/// An interest's weight as of <paramref name="At"/>. Weights decay exponentially: after one half-life an
/// untouched interest counts half, so last week's searches outrank last year's order.
/// </summary>
public readonly record struct InterestWeight(double Weight, DateTimeOffset At)
{
    public double DecayedTo(DateTimeOffset now, TimeSpan halfLife)
    {
        var elapsed = now - At;
        return elapsed <= TimeSpan.Zero ? Weight : Weight * Math.Pow(0.5, elapsed / halfLife);
    }

    /// <summary>This weight decayed to <paramref name="now"/> plus <paramref name="amount"/>, stamped now.</summary>
    public InterestWeight Plus(double amount, DateTimeOffset now, TimeSpan halfLife) =>
        new(DecayedTo(now, halfLife) + amount, now > At ? now : At);
}
