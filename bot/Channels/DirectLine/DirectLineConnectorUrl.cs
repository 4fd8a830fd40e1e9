using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// The serviceUrl put on activities from the self-hosted Direct Line: where the bot's connector calls land.
/// Never taken from a request's Host header, because the bot sends a signed token to it.
/// </summary>
public sealed class DirectLineConnectorUrl(IOptions<DirectLineOptions> options, IServer server)
{
    public const string ConnectorPath = "/v3/directline/connector/";

    private string? _resolved;

    public string Value => _resolved ??= options.Value.ConnectorUrl ?? FromListeningAddress()
        ?? throw new InvalidOperationException(
            "DirectLine:ConnectorUrl is not set and the server reports no listening address to call back.");

    /// <summary>Whether a request the bot is about to send goes to this server's connector endpoints.</summary>
    public bool Covers(Uri requestUri)
    {
        var value = _resolved ??= options.Value.ConnectorUrl ?? FromListeningAddress();
        // The trailing '/' of the value stops a look-alike host such as 127.0.0.1:5000.example.com matching.
        return value is not null && requestUri.AbsoluteUri.StartsWith(value, StringComparison.OrdinalIgnoreCase);
    }

    private string? FromListeningAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Prefer plain http on loopback: the call never leaves the machine, so no certificate is involved.
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault();
        if (address is null)
        {
            return null;
        }
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost")
        {
            uri.Host = "127.0.0.1";
        }
        uri.Path = ConnectorPath;
        return uri.Uri.AbsoluteUri;
    }
}
