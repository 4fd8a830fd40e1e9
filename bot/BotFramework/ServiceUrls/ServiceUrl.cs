using System.Net;
using System.Net.Sockets;

namespace EcomBot.Bot.BotFramework.ServiceUrls;

/// <summary>
/// A serviceUrl reduced to what decides where a request to it goes, so two spellings of one place compare equal:
/// scheme and host lower-cased, the default port filled in, numeric IPv4 forms (<c>2130706433</c>, <c>0x7f.1</c>,
/// <c>127.1</c>) and IPv4-mapped IPv6 addresses read as the IPv4 address, a trailing dot dropped from the host, and
/// the path percent-decoded, with <c>.</c>/<c>..</c> segments resolved and repeated slashes collapsed. URLs with
/// user information (<c>https://smba.trafficmanager.net@evil.example/</c>) are not service URLs at all.
/// </summary>
public sealed record ServiceUrl(string Scheme, string Host, IPAddress? Address, int Port, string Path)
{
    private const int MaxLength = 2048;

    /// <summary>Whether the host is this machine: <c>localhost</c>, 127.0.0.0/8 or ::1.</summary>
    public bool IsLoopback =>
        Address is { } address ? IPAddress.IsLoopback(address) : Host == "localhost" || Host.EndsWith(".localhost", StringComparison.Ordinal);

    /// <summary>The normalised URL, or null when <paramref name="value"/> is not an absolute http(s) URL without user information.</summary>
    public static ServiceUrl? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.UserInfo.Length > 0
            || uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
        {
            return null;
        }
        IPAddress? address = null;
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            address = IPAddress.Parse(uri.Host.Trim('[', ']'));
            if (address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }
            else if (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                address.ScopeId = 0;
            }
        }
        var host = address?.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address?.ToString()
            ?? uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        return host.Length == 0 ? null : new ServiceUrl(uri.Scheme, host, address, uri.Port, NormalisePath(uri.AbsolutePath));
    }

    /// <summary>Whether <see cref="Path"/> is <paramref name="prefix"/> (a normalised path ending in '/') or below it.</summary>
    public bool IsUnder(string prefix) =>
        Path.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>Decoded, dot segments resolved, no empty segments, lower case (ASP.NET Core routes ignore case); ends in '/'.</summary>
    private static string NormalisePath(string path)
    {
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/', '\\'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
                continue;
            }
            segments.Add(segment.ToLowerInvariant());
        }
        return "/" + string.Concat(segments.Select(s => s + "/"));
    }
}
