namespace EcomBot.Bot.Email;

/// <summary>How <see cref="IEmailSender"/> delivers (<c>Email:Delivery</c>).</summary>
public enum EmailDelivery
{
    /// <summary>Each email is written as a readable <c>.eml</c> file into <see cref="EmailOptions.PickupDirectory"/>;
    /// nothing leaves the machine. For development and tests.</summary>
    PickupFolder,

    /// <summary>Sent through the SMTP server <see cref="EmailOptions.SmtpHost"/>.</summary>
    Smtp,
}
