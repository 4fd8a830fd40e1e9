using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>
/// Lets a request through only with the configured <c>X-Admin-Key</c>. Without a configured key the endpoints do not
/// exist (404), so a fresh install exposes no personal data. Keys are compared in constant time, by hash so that not
/// even their lengths leak.
/// </summary>
public sealed class AdminKeyFilter(IOptionsMonitor<ProfilesOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Admin-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.CurrentValue.AdminApiKey;
        if (configured.Length == 0)
        {
            return Results.NotFound();
        }
        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        return Matches(presented, configured) ? await next(context) : Results.Unauthorized();
    }

    private static bool Matches(string presented, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
