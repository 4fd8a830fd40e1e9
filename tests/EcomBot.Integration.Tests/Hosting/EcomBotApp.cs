using System.Net;
using EcomBot.Integration.Tests.Redis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcomBot.Integration.Tests.Hosting;

/// <summary>
/// The real bot application for a test: in memory (TestServer) for plain HTTP checks, or on a real Kestrel
/// socket on a free 127.0.0.1 port where something must call it over the network (the bot's own connector calls
/// back into Direct Line, WebSockets, the browser).
/// </summary>
public sealed class EcomBotApp : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private readonly Action<IServiceCollection>? _testServices;

    public EcomBotApp(
        string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        bool onKestrel = false,
        Action<IServiceCollection>? testServices = null)
    {
        _environment = environment;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _clock = clock;
        _testServices = testServices;
        if (onKestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>The Kestrel server's address (starting it if needed), e.g. http://127.0.0.1:41234/.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    /// <summary>A client for the socket server, as a browser or a separate process would connect.</summary>
    public HttpClient CreateSocketClient() => new() { BaseAddress = ServerAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        // As settings of the host, not a configuration callback: those run after Program's registrations, which
        // already read some keys (Redis:ConnectionString decides which stores are registered).
        foreach (var (key, value) in SharedMachineRedisSettings.With(_settings))
        {
            builder.UseSetting(key, value);
        }
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
        if (_testServices is not null)
        {
            builder.ConfigureTestServices(_testServices);
        }
    }
}
