using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Integration.Tests.Profiles;

/// <summary>Waits for something the background worker does; fails with what was awaited if it never happens.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Gave up waiting until {what}.");
            }
            await Task.Delay(50);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);

    /// <summary>Waits until the app's <c>/health/ready</c> passes again, e.g. after its Redis came back.</summary>
    public static Task ReadyAsync(HttpClient app) => TrueAsync(async () =>
    {
        using var ready = await app.GetAsync("/health/ready");
        return ready.IsSuccessStatusCode;
    }, "the app reports ready again");

    /// <summary>
    /// Waits until every profile signal taken so far (at least <paramref name="atLeast"/>) has been applied, and fails
    /// if any was given up on. Counting what was accepted, rather than guessing how many a turn records, keeps the wait
    /// honest whether or not the turn identified the customer.
    /// </summary>
    public static async Task SignalsSettledAsync(ProfileSignalMetrics metrics, int atLeast)
    {
        await TrueAsync(() => metrics.Accepted >= atLeast && metrics.Outstanding == 0, $"at least {atLeast} profile signals are applied");
        Assert.Equal(0, metrics.Failed);
        Assert.Equal(0, metrics.Dropped);
    }
}
