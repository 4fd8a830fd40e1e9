namespace EcomBot.Integration.Tests.Hosting;

/// <summary>A clock the test moves by hand, so expiry is tested without waiting.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
