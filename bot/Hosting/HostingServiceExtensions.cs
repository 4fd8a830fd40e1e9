using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Hosting;

public static class HostingServiceExtensions
{
    /// <summary>Believes forwarded headers from the proxies <c>Hosting:TrustedProxies</c> names, and only from those:
    /// client addresses (which the Direct Line limits count) and the scheme then come from the proxy's headers.</summary>
    public static IHostApplicationBuilder AddEcomBotHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HostingOptions>()
            .BindConfiguration(HostingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HostingOptions>, CommittedSecretsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what is configured counts.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in hosting.Value.TrustedProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
            }
        });
        if (builder.Configuration.GetSection($"{HostingOptions.SectionName}:{nameof(HostingOptions.TrustedProxies)}").GetChildren().Any())
        {
            builder.Services.AddTransient<IStartupFilter, ForwardedHeadersFirst>();
        }
        return builder;
    }

    /// <summary>Puts the forwarded headers middleware before everything else, as it must run before anything reads the client.</summary>
    private sealed class ForwardedHeadersFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseForwardedHeaders();
            next(app);
        };
    }
}
