namespace EcomBot.Bot.Email;

/// <summary>
/// Sends the bot's own emails (identification codes): by SMTP in production, into a pickup folder a developer reads
/// otherwise (<see cref="EmailOptions.Delivery"/>). Implementations never log a message's body.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
