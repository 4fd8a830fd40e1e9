using System.Text.RegularExpressions;

namespace EcomBot.Bot.Tests.Support.Identity;

/// <summary>A pickup folder of the test's own, read as the customer reads their inbox. Codes are emailed without holding up
/// the bot's answer, so reading waits (up to a bound) for the email to arrive.</summary>
internal sealed partial class PickupMailbox : IDisposable
{
    private static readonly TimeSpan ArrivalBound = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, int> _read = new(StringComparer.OrdinalIgnoreCase);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"ecombot-mail-{Guid.NewGuid():N}");

    /// <summary>The emails written to one address, oldest first.</summary>
    public IReadOnlyList<string> To(string address) =>
        !System.IO.Directory.Exists(Directory) ? [] :
        [.. System.IO.Directory.GetFiles(Directory, "*.eml").OrderBy(File.GetLastWriteTimeUtc).ThenBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Where(mail => mail.Contains($"\r\nTo: {address}\r\n", StringComparison.OrdinalIgnoreCase))];

    /// <summary>Waits until the address has received <paramref name="count"/> emails and returns them.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(string address, int count)
    {
        var deadline = DateTime.UtcNow + ArrivalBound;
        while (To(address).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        var mails = To(address);
        Assert.True(mails.Count >= count, $"{address} received {mails.Count} emails within {ArrivalBound.TotalSeconds} s, not {count}.");
        return mails;
    }

    /// <summary>The code in the next email to the address that this mailbox has not read yet.</summary>
    public async Task<string> NextCodeAsync(string address)
    {
        var read = _read.GetValueOrDefault(address);
        var mail = (await WaitForAsync(address, read + 1))[read];
        _read[address] = read + 1;
        var body = mail[(mail.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        return Assert.Single(Code().Matches(body)).Value;
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
