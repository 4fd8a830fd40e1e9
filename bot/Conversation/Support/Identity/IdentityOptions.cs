using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>
/// How customers identify and how guessing is held back (section <c>Identity</c>). Failed attempts are counted per
/// conversation, per channel user and per claimed identity (the email, or the first and last name), across
/// conversations and replicas; after <see cref="FreeAttempts"/> each further try waits longer (back-off), and at a
/// maximum that key is locked out for <see cref="LockoutDuration"/>.
/// </summary>
public sealed class IdentityOptions : IValidatableObject
{
    public const string SectionName = "Identity";

    public IdentityMode Mode { get; set; } = IdentityMode.EmailOrNameZip;

    /// <summary>Failures under one key before the next try must wait.</summary>
    [Range(1, 100, ErrorMessage = "Identity:FreeAttempts must be between 1 and 100.")]
    public int FreeAttempts { get; set; } = 3;

    /// <summary>The first wait; it doubles with each further failure, up to <see cref="BackoffMax"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Identity:BackoffBase must be between one second and one hour.")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Identity:BackoffMax must be between one second and one day.")]
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromMinutes(15);

    [Range(1, 1000, ErrorMessage = "Identity:MaxFailuresPerConversation must be between 1 and 1000.")]
    public int MaxFailuresPerConversation { get; set; } = 5;

    /// <summary>Failures of one channel account (channel + user id), over all its conversations.</summary>
    [Range(1, 1000, ErrorMessage = "Identity:MaxFailuresPerChannelUser must be between 1 and 1000.")]
    public int MaxFailuresPerChannelUser { get; set; } = 10;

    /// <summary>Failures claiming one identity (an email, or a first and last name) from anywhere.</summary>
    [Range(1, 1000, ErrorMessage = "Identity:MaxFailuresPerIdentity must be between 1 and 1000.")]
    public int MaxFailuresPerIdentity { get; set; } = 10;

    /// <summary>How long a key stays locked after its last failure once it reached its maximum.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Identity:LockoutDuration must be between one minute and 30 days.")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long failures are remembered after the last one (the Redis keys expire then).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Identity:FailureWindow must be between one minute and 30 days.")]
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Digits of an emailed one-time code.</summary>
    [Range(6, 10, ErrorMessage = "Identity:CodeLength must be between 6 and 10 digits.")]
    public int CodeLength { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:01:00", "01:00:00", ErrorMessage = "Identity:CodeLifetime must be between one minute and one hour.")]
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong entries of one code before it is cancelled.</summary>
    [Range(1, 20, ErrorMessage = "Identity:CodeMaxAttempts must be between 1 and 20.")]
    public int CodeMaxAttempts { get; set; } = 5;

    /// <summary>Codes sent to one email address within <see cref="CodeSendWindow"/>, whoever asks.</summary>
    [Range(1, 100, ErrorMessage = "Identity:MaxCodesPerEmail must be between 1 and 100.")]
    public int MaxCodesPerEmail { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Identity:CodeSendWindow must be between one minute and one day.")]
    public TimeSpan CodeSendWindow { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BackoffMax < BackoffBase)
        {
            yield return new ValidationResult("Identity:BackoffMax must not be shorter than Identity:BackoffBase.", [nameof(BackoffMax)]);
        }
        if (FailureWindow < LockoutDuration || FailureWindow < BackoffMax)
        {
            yield return new ValidationResult(
                "Identity:FailureWindow must be at least Identity:LockoutDuration and Identity:BackoffMax; failures forgotten "
                + "sooner would end a lock-out early.", [nameof(FailureWindow)]);
        }
        var smallestMaximum = Math.Min(MaxFailuresPerConversation, Math.Min(MaxFailuresPerChannelUser, MaxFailuresPerIdentity));
        if (FreeAttempts > smallestMaximum)
        {
            yield return new ValidationResult(
                "Identity:FreeAttempts must not be more than Identity:MaxFailuresPerConversation, MaxFailuresPerChannelUser "
                + "or MaxFailuresPerIdentity.", [nameof(FreeAttempts)]);
        }
    }
}
