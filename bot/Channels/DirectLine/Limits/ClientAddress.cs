using System.Net;
using System.Net.Sockets;

namespace EcomBot.Bot.Channels.DirectLine.Limits;

/// <summary>
/// The client a request counts against: its remote address (rewritten from forwarded headers only when
/// <c>Hosting:TrustedProxies</c> names the proxy), IPv6 clients by their /64 network, since one client holds a whole one.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
