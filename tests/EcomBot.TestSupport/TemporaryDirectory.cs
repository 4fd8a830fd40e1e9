namespace EcomBot.TestSupport;

/// <summary>A fresh folder under the temp path, deleted when the test is done.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ecombot-routing-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
