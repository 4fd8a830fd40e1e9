using System.Text.RegularExpressions;

namespace EcomBot.Bot.Tests.Support.Identity;

/// <summary>A pickup folder of the test's own, read as the customer reads their inbox.</summary>
internal sealed partial class PickupMailbox : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"ecombot-mail-{Guid.NewGuid():N}");

    /// <summary>The emails written to one address, oldest first.</summary>
    public IReadOnlyList<string> To(string address) =>
        !System.IO.Directory.Exists(Directory) ? [] :
        [.. System.IO.Directory.GetFiles(Directory, "*.eml").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Where(mail => mail.Contains($"\r\nTo: {address}\r\n", StringComparison.OrdinalIgnoreCase))];

    /// <summary>The code in the latest email to the address.</summary>
    public string LatestCode(string address)
    {
        var mail = Assert.IsType<string>(To(address).LastOrDefault(), exactMatch: false);
        var body = mail[(mail.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        return Code().Match(body).Value;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();
}
