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

    /// <summary>How long connecting may take. Replaces any <c>connectTimeout</c> in the connection string.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Redis:ConnectTimeout must be between 100 ms and one minute.")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one command may wait for its answer before the turn gives up on it (sets <c>syncTimeout</c> and
    /// <c>asyncTimeout</c>, replacing those in the connection string). Short, so an unresponsive Redis costs a turn at most this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Redis:OperationTimeout must be between 50 ms and one minute.")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After a command times out, how long every store fails at once without asking Redis (then one call tries again).
    /// While the connection is down the circuit is open anyway, until StackExchange.Redis reports it restored.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Redis:CircuitBreakDuration must be between 100 ms and ten minutes.")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SectionName}:{nameof(ConnectionString)}"]);

    /// <summary>Parses <see cref="ConnectionString"/> for connecting: never aborting on a failed first connect,
    /// so a Redis that is down delays readiness instead of crashing the process; failing commands at once while
    /// disconnected (no backlog waiting for a reconnect), with the short timeouts above.</summary>
    public ConfigurationOptions ToConfigurationOptions()
    {
        var configuration = ConfigurationOptions.Parse(ConnectionString);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
        configuration.SyncTimeout = (int)OperationTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)OperationTimeout.TotalMilliseconds;
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
