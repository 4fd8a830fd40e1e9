namespace EcomBot.Bot.Tests.Routing;

/// <summary>A fresh folder under the temp path, deleted when the test is done.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ecombot-routing-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
