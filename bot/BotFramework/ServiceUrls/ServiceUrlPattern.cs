using System.Net;

namespace EcomBot.Bot.BotFramework.ServiceUrls;

/// <summary>
/// One entry of <c>Bot:AllowedServiceUrls</c>: <c>scheme://host[:port][/path]</c>, where the host may start with
/// <c>*.</c> to mean any subdomain (never the bare domain, never a look-alike such as <c>evilbotframework.com</c>).
/// A URL matches when scheme, host and port are equal and its path is the pattern's path or below it.
/// </summary>
public sealed class ServiceUrlPattern
{
    private const string WildcardLabel = "*.";
    private const string WildcardStandIn = "wildcard-label.";

    private readonly ServiceUrl _url;
    private readonly bool _anySubdomain;

    private ServiceUrlPattern(ServiceUrl url, bool anySubdomain)
    {
        _url = url;
        _anySubdomain = anySubdomain;
    }

    /// <summary>The pattern, or null when <paramref name="value"/> is not one.</summary>
    public static ServiceUrlPattern? TryParse(string value)
    {
        var text = value.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var anySubdomain = schemeEnd > 0 && text.AsSpan(schemeEnd + 3).StartsWith(WildcardLabel, StringComparison.Ordinal);
        if (anySubdomain)
        {
            text = string.Concat(text.AsSpan(0, schemeEnd + 3), WildcardStandIn, text.AsSpan(schemeEnd + 3 + WildcardLabel.Length));
        }
        var url = ServiceUrl.TryParse(text);
        if (url is null || !anySubdomain)
        {
            return url is null ? null : new ServiceUrlPattern(url, anySubdomain: false);
        }
        // "*." stands for subdomains of a domain name with at least two labels, never of an address or a bare name.
        var domain = url.Host.StartsWith(WildcardStandIn, StringComparison.Ordinal) ? url.Host[WildcardStandIn.Length..] : "";
        return domain.Contains('.', StringComparison.Ordinal) && !IPAddress.TryParse(domain, out _)
            ? new ServiceUrlPattern(url with { Host = domain }, anySubdomain: true)
            : null;
    }

    public bool Matches(ServiceUrl url) =>
        url.Scheme == _url.Scheme
        && url.Port == _url.Port
        && (_anySubdomain ? url.Address is null && url.Host.EndsWith("." + _url.Host, StringComparison.Ordinal) : url.Host == _url.Host)
        && url.IsUnder(_url.Path);

    public override string ToString() => $"{_url.Scheme}://{(_anySubdomain ? WildcardLabel : "")}{_url.Host}:{_url.Port}{_url.Path}";
}
