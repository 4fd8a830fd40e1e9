using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// Builds the <c>streamUrl</c> a client connects its WebSocket to. The URL carries a stream token, so its host is never
/// a Host header the client chose: it is <c>DirectLine:PublicUrl</c> when set; else the request's Host when it names
/// one of the server's listening addresses, or when <c>AllowedHosts</c> names hosts (host filtering has then refused
/// every other); else the address the connection came in on.
/// </summary>
public sealed partial class DirectLineStreamUrls(
    IOptions<DirectLineOptions> options, IOptions<HostFilteringOptions> hostFiltering, IServer server, DirectLineTokens tokens,
    ILogger<DirectLineStreamUrls> logger)
{
    private int _warned;

    public string For(HttpRequest request, string conversationId, long watermark, DateTimeOffset until) =>
        $"{Origin(request)}{DirectLineServiceExtensions.RoutePrefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
        + $"?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(tokens.IssueStreamToken(conversationId, until))}";

    /// <summary><c>ws(s)://host[:port][/path]</c> without a trailing '/'.</summary>
    private string Origin(HttpRequest request)
    {
        if (options.Value.PublicUrl is { Length: > 0 } configured)
        {
            var uri = new Uri(configured);
            return WebSocketScheme(uri.Scheme) + "://" + uri.Authority + uri.AbsolutePath.TrimEnd('/');
        }
        var scheme = WebSocketScheme(request.Scheme);
        if (NamesListeningAddress(request.Host) || HostFilteringNamesHosts())
        {
            return $"{scheme}://{request.Host.Value}{request.PathBase}";
        }
        if (request.HttpContext.Connection.LocalIpAddress is { } local)
        {
            var host = local.IsIPv4MappedToIPv6 ? local.MapToIPv4().ToString()
                : local.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{local}]" : local.ToString();
            var origin = $"{scheme}://{host}:{request.HttpContext.Connection.LocalPort.ToString(CultureInfo.InvariantCulture)}";
            if (Interlocked.Exchange(ref _warned, 1) == 0)
            {
                LogLocalAddressUsed(origin);
            }
            return origin + request.PathBase;
        }
        // No socket at all (an in-memory test server): the only address there is.
        return $"{scheme}://localhost{request.PathBase}";
    }

    private bool NamesListeningAddress(HostString host) =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Any(address => Uri.TryCreate(address, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, host.Value, StringComparison.OrdinalIgnoreCase));

    private bool HostFilteringNamesHosts() =>
        hostFiltering.Value.AllowedHosts is { Count: > 0 } hosts && !hosts.Contains("*");

    private static string WebSocketScheme(string scheme) =>
        string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream URLs point at this server's local address {Origin}: set "
        + "DirectLine:PublicUrl (or AllowedHosts) to the address clients reach the bot at, e.g. behind a proxy or a port mapping")]
    private partial void LogLocalAddressUsed(string origin);
}
