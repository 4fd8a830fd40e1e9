using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace EcomBot.Bot.Email;

/// <summary>How the bot sends email (section <c>Email</c>). The SMTP password comes from the environment or user
/// secrets (<c>Email__SmtpPassword</c>), never from a committed file.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string SectionName = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.PickupFolder;

    /// <summary>The sender, as "Name &lt;address&gt;" or a bare address.</summary>
    [Required(ErrorMessage = "Email:From is required.")]
    public string From { get; set; } = "EcomBot <no-reply@example.com>";

    /// <summary>Where <see cref="EmailDelivery.PickupFolder"/> writes; relative paths are under the content root.</summary>
    [Required(ErrorMessage = "Email:PickupDirectory is required.")]
    public string PickupDirectory { get; set; } = "App_Data/mail-pickup";

    public string? SmtpHost { get; set; }

    [Range(1, 65535, ErrorMessage = "Email:SmtpPort must be between 1 and 65535.")]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Use TLS (STARTTLS) to the SMTP server; leave on unless the server is on the same host.</summary>
    public bool SmtpEnableSsl { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    [Range(1, 300, ErrorMessage = "Email:SmtpTimeoutSeconds must be between 1 and 300.")]
    public int SmtpTimeoutSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailAddress.TryCreate(From, out _))
        {
            yield return new ValidationResult("Email:From is not an email address (e.g. \"Shop <no-reply@shop.example>\").", [nameof(From)]);
        }
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(SmtpHost))
        {
            yield return new ValidationResult("Email:SmtpHost is required when Email:Delivery is Smtp.", [nameof(SmtpHost)]);
        }
        if (string.IsNullOrEmpty(SmtpUserName) != string.IsNullOrEmpty(SmtpPassword))
        {
            yield return new ValidationResult(
                "Email:SmtpUserName and Email:SmtpPassword go together: set both (the password from the environment) or neither.",
                [nameof(SmtpUserName), nameof(SmtpPassword)]);
        }
    }
}
