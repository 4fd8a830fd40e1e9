namespace EcomBot.TestSupport;

/// <summary>One composed app for the tests that only route turns through scripted flows and never touch the store's
/// records, so they need not build their own.</summary>
public static class TestApps
{
    private static readonly Lazy<TestApp> SharedApp = new(() => TestApp.Create());

    public static TestApp Shared => SharedApp.Value;
}
