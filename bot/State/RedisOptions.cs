using System.ComponentModel.DataAnnotations;
using StackExchange.Redis;

namespace EcomBot.Bot.State;

/// <summary>
/// Settings of the Redis server that holds bot state, profiles and queues (section <c>Redis</c>). With an empty
/// <see cref="ConnectionString"/> nothing Redis is registered and the bot keeps its state in-process.
/// </summary>
public sealed class RedisOptions : IValidatableObject
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis connection string, e.g. <c>localhost:6379,password=...</c>.</summary>
    [Required(ErrorMessage = "Redis:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "";

    /// <summary>Put in front of every key this application writes, so several applications can share one server.</summary>
    [Required(ErrorMessage = "Redis:KeyPrefix is required; the default is \"ecombot:\".")]
    [RegularExpression(@"^[A-Za-z0-9_.:\-]{1,64}$",
        ErrorMessage = "Redis:KeyPrefix must be 1-64 letters, digits or the characters _ . : -")]
    public string KeyPrefix { get; set; } = "ecombot:";

    /// <summary>How long a conversation's state lives after its last turn; empty keeps it until deleted.
    /// User state is never expired this way.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00",
        ErrorMessage = "Redis:ConversationStateTimeToLive must be between one minute and ten years.")]
    public TimeSpan? ConversationStateTimeToLive { get; set; }

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SectionName}:{nameof(ConnectionString)}"]);

    /// <summary>Parses <see cref="ConnectionString"/> for connecting: never aborting on a failed first connect,
    /// so a Redis that is down delays readiness instead of crashing the process.</summary>
    public ConfigurationOptions ToConfigurationOptions()
    {
        var configuration = ConfigurationOptions.Parse(ConnectionString);
        configuration.AbortOnConnectFail = false;
        return configuration;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield break;
        }
        string? problem;
        try
        {
            problem = ConfigurationOptions.Parse(ConnectionString).EndPoints.Count == 0 ? "it names no host:port endpoint" : null;
        }
        catch (ArgumentException parseFailure)
        {
            // The parser's message names the offending keyword, never the password.
            problem = parseFailure.Message;
        }
        if (problem is not null)
        {
            yield return new ValidationResult(
                $"Redis:ConnectionString is not a valid StackExchange.Redis connection string: {problem}",
                [nameof(ConnectionString)]);
        }
    }
}
