using System.Globalization;
using System.Net.Mail;
using System.Text;
using EcomBot.Bot.Profiles;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Email;

/// <summary>
/// Writes each email as a plain-text <c>.eml</c> file (headers, a blank line, the body as written) into the pickup
/// folder, where a developer or a test reads it. Nothing is sent anywhere.
/// </summary>
public sealed partial class PickupFolderEmailSender(
    IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    /// <summary>The folder the files go to, the content root's when the setting is relative.</summary>
    public string Directory => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory));

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var to = new MailAddress(message.To); // refuses header injection in the address
        var now = clock.GetUtcNow();
        var text = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(to.Address).Append("\r\n")
            .Append("Subject: ").Append(OneLine(message.Subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(message.Body.ReplaceLineEndings("\r\n"))
            .ToString();
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{now:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(path, text, cancellationToken);
        LogWritten(ProfileIds.Pseudonym(to.Address.ToLowerInvariant()), Path.GetFileName(path));
    }

    private static string OneLine(string text) => string.Concat(text.Where(c => !char.IsControl(c)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Email to {RecipientPseudonym} written to the pickup folder as {FileName}.")]
    private partial void LogWritten(string recipientPseudonym, string fileName);
}
