using EcomBot.Integration.Tests.Infrastructure;
using StackExchange.Redis;

namespace EcomBot.Bot.Tests.Commerce;

/// <summary>A private redis-server for the tests of one class, started by the integration tests' <see cref="RedisServer"/>
/// (linked into this project), with one connection for the stores under test.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("redis-server is not running.");

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        Connection = await ConnectionMultiplexer.ConnectAsync(_server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
