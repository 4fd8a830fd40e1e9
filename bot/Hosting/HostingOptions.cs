using System.ComponentModel.DataAnnotations;
using System.Net;

namespace EcomBot.Bot.Hosting;

/// <summary>How the bot sits behind other servers (section <c>Hosting</c>).</summary>
public sealed class HostingOptions : IValidatableObject
{
    public const string SectionName = "Hosting";

    /// <summary>Reverse proxies (addresses like <c>10.0.0.5</c> or networks like <c>10.0.0.0/8</c>) whose
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are believed. Empty: forwarded headers are ignored,
    /// and every client is the address its connection comes from.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in TrustedProxies.Where(p => !IsAddressOrNetwork(p)))
        {
            yield return new ValidationResult(
                $"Hosting:TrustedProxies entry '{proxy}' is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/8).",
                [nameof(TrustedProxies)]);
        }
    }

    private static bool IsAddressOrNetwork(string value) =>
        IPAddress.TryParse(value, out _) || IPNetwork.TryParse(value, out _);
}
