using System.Net;
using System.Net.Mail;
using EcomBot.Bot.Profiles;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Email;

/// <summary>Sends through the configured SMTP server with System.Net.Mail; one connection per email, so concurrent
/// sends never share a client.</summary>
public sealed partial class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort)
        {
            EnableSsl = settings.SmtpEnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = settings.SmtpTimeoutSeconds * 1000,
            Credentials = string.IsNullOrEmpty(settings.SmtpUserName) ? null : new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword),
        };
        using var mail = new MailMessage(new MailAddress(settings.From), new MailAddress(message.To))
        {
            Subject = message.Subject,
            Body = message.Body,
            IsBodyHtml = false,
        };
        var recipient = ProfileIds.Pseudonym(message.To.ToLowerInvariant());
        try
        {
            await client.SendMailAsync(mail, cancellationToken);
            LogSent(recipient, settings.SmtpHost!);
        }
        catch (SmtpException failure)
        {
            // The exception names the server's status, never the message body.
            LogFailed(failure, recipient, settings.SmtpHost!);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email to {RecipientPseudonym} sent through {SmtpHost}.")]
    private partial void LogSent(string recipientPseudonym, string smtpHost);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email to {RecipientPseudonym} could not be sent through {SmtpHost}.")]
    private partial void LogFailed(Exception failure, string recipientPseudonym, string smtpHost);
}
