using System.Net;
using System.Net.Sockets;
using EcomBot.Integration.Tests.Hosting;

namespace EcomBot.Integration.Tests.Security;

/// <summary>
/// In open mode (no app id) anyone may post to <c>/api/messages</c>; the serviceUrl they choose must not become the
/// bot's next HTTP request. A listener on this machine counts every connection the bot makes to it.
/// </summary>
public sealed class ServiceUrlAllowListTests : IAsyncLifetime
{
    private readonly TcpListener _listener = new(IPAddress.IPv6Any, 0) { Server = { DualMode = true } };
    private readonly CancellationTokenSource _stop = new();
    private int _connections;
    private Task _accepting = Task.CompletedTask;

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Task InitializeAsync()
    {
        _listener.Start();
        _accepting = AcceptAsync();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    public static TheoryData<string> AttackerUrls => new()
    {
        "http://127.0.0.1:{0}/",
        "http://localhost:{0}/",
        "http://LOCALHOST:{0}/",
        "http://localhost.:{0}/",
        "http://127.1:{0}/",
        "http://2130706433:{0}/",
        "http://0x7f000001:{0}/",
        "http://0177.0.0.1:{0}/",
        "http://0.0.0.0:{0}/",
        "http://[::1]:{0}/",
        "http://[::ffff:127.0.0.1]:{0}/",
        "http://[0:0:0:0:0:0:0:1]:{0}/",
        "http://user:password@127.0.0.1:{0}/",
        "http://smba.trafficmanager.net@127.0.0.1:{0}/",
        "http://127.0.0.1:{0}/smba.trafficmanager.net/../",
        "http://127.0.0.1:{0}/%2e%2e/",
        "http:/\\127.0.0.1:{0}/",
        "https://smba.trafficmanager.net.127.0.0.1.nip.io:{0}/",
        "http://127.0.0.1:{0}#@smba.trafficmanager.net/",
        "HTTP://127.0.0.1:{0}/",
        " http://127.0.0.1:{0}/ ",
    };

    [Theory]
    [MemberData(nameof(AttackerUrls))]
    public async Task InOpenModeAServiceUrlOutsideTheAllowListIsRefusedAndNeverCalled(string attackerUrl)
    {
        using var app = new EcomBotApp("Production", Settings());
        using var client = app.CreateClient();
        var serviceUrl = string.Format(System.Globalization.CultureInfo.InvariantCulture, attackerUrl, Port);

        using var response = await client.PostAsync("/api/messages",
            BotJson.Raw(ChannelActivities.Message("help", serviceUrl: serviceUrl, expectReplies: false).ToJsonString()));

        Assert.InRange((int)response.StatusCode, 400, 403);
        Assert.Equal(0, Volatile.Read(ref _connections));
    }

    [Fact]
    public async Task AServiceUrlOnTheAllowListGetsTheReply()
    {
        // The control: the listener does see the bot when its address is allowed, so the test above can fail.
        using var app = new EcomBotApp("Production", Settings($"http://127.0.0.1:{Port}/"));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages",
            BotJson.Raw(ChannelActivities.Message("help", serviceUrl: $"http://127.0.0.1:{Port}/", expectReplies: false).ToJsonString()));

        Assert.True(Volatile.Read(ref _connections) > 0);
    }

    private static Dictionary<string, string?> Settings(string? allowed = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticated"] = "true",
            ["Bot:TypingDelayMilliseconds"] = "10000",
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]),
        };
        if (allowed is not null)
        {
            settings["Bot:AllowedServiceUrls:0"] = allowed;
        }
        return settings;
    }

    /// <summary>Accepts and drops connections, counting them; the bot's send then fails, which is not this test's concern.</summary>
    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
