using StackExchange.Redis;

namespace EcomBot.TestSupport.Redis;

/// <summary>
/// One real <c>redis-server</c> shared by the tests of a class (<c>IClassFixture&lt;RedisServerFixture&gt;</c>), with an
/// admin connection for assertions. Pair it with <see cref="RedisFactAttribute"/>: without redis-server the tests are
/// skipped, visibly, except under <c>CI=true</c>, where the fixture fails with the reason.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;
    private ConnectionMultiplexer? _admin;

    public RedisServer Server => _server ?? throw new InvalidOperationException("redis-server is not running.");

    public string ConnectionString => Server.ConnectionString;

    /// <summary>A connection with admin commands allowed (FLUSHALL, SCAN through the server API).</summary>
    public IConnectionMultiplexer Admin => _admin ?? throw new InvalidOperationException("redis-server is not running.");

    public async Task InitializeAsync()
    {
        if (RedisServer.FindExecutable() is null && !RedisServer.IsContinuousIntegration)
        {
            return;
        }
        _server = await RedisServer.StartAsync();
        _admin = await ConnectionMultiplexer.ConnectAsync($"{_server.ConnectionString},allowAdmin=true");
    }

    /// <summary>Empties every database, for tests that must start from nothing.</summary>
    public Task FlushAsync() => Admin.GetServers()[0].FlushAllDatabasesAsync();

    /// <summary>Every key on the server, read with SCAN as an operator would.</summary>
    public async Task<IReadOnlyList<string>> AllKeysAsync()
    {
        var keys = new List<string>();
        await foreach (var key in Admin.GetServers()[0].KeysAsync(pattern: "*"))
        {
            keys.Add(key.ToString());
        }
        return keys;
    }

    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
