using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// Builds the <c>streamUrl</c> a client connects its WebSocket to. The URL carries a stream token, so its host is never
/// taken from the request's Host header (which the client chooses): it is <c>DirectLine:PublicUrl</c> when set,
/// else the listening address the Host header names if it names one, else the address the connection came in on.
/// </summary>
public sealed class DirectLineStreamUrls(IOptions<DirectLineOptions> options, IServer server, DirectLineTokens tokens)
{
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
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in listening)
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
            {
                return WebSocketScheme(uri.Scheme) + "://" + uri.Authority + request.PathBase;
            }
        }
        var scheme = WebSocketScheme(request.Scheme);
        if (request.HttpContext.Connection.LocalIpAddress is { } local)
        {
            var host = local.IsIPv4MappedToIPv6 ? local.MapToIPv4().ToString()
                : local.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{local}]" : local.ToString();
            return $"{scheme}://{host}:{request.HttpContext.Connection.LocalPort.ToString(CultureInfo.InvariantCulture)}{request.PathBase}";
        }
        // No socket at all (an in-memory test server): the only address there is.
        return $"{scheme}://localhost{request.PathBase}";
    }

    private static string WebSocketScheme(string scheme) =>
        string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
}
