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
}
