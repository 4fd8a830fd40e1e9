using Microsoft.Extensions.Time.Testing;

namespace EcomBot.Bot.Tests.Profiles;

/// <summary>The fixed clock the profile tests start from.</summary>
internal static class ProfileTestClock
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
