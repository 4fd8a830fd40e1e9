namespace EcomBot.Integration.Tests.Redis;

/// <summary>
/// The test run shares two cores between five test processes, each starting bots, training and embedding; a Redis
/// command then sometimes waits for a thread-pool thread longer than the shipped one-second
/// <c>Redis:OperationTimeout</c>, and the circuit opens in the middle of a journey. Test bots that use Redis get a
/// longer timeout unless the test sets its own; the one-second default and what a timeout does are tested on their own
/// (<see cref="RedisCircuitTests"/>, <see cref="TurnsDuringARedisOutageTests"/> kills the server, which no timeout hides).
/// </summary>
internal static class SharedMachineRedisSettings
{
    public const string OperationTimeoutKey = "Redis:OperationTimeout";

    public static readonly string OperationTimeout = "00:00:05";

    public static IEnumerable<KeyValuePair<string, string?>> With(IReadOnlyDictionary<string, string?> settings) =>
        settings.ContainsKey("Redis:ConnectionString") && !settings.ContainsKey(OperationTimeoutKey)
            ? settings.Append(new(OperationTimeoutKey, OperationTimeout))
            : settings;
}
