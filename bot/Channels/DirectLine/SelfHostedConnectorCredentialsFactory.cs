using EcomBot.Bot.BotFramework.ServiceUrls;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// The adapter's credentials factory, aware of the self-hosted Direct Line. With <c>MicrosoftAppId</c> set, the
/// adapter's outgoing connector calls would ask Azure AD for a token, which the self-hosted connector neither needs
/// nor can always reach. The factory cannot see the serviceUrl, so it returns credentials that decide per request:
/// calls to our own connector URL carry our own short-lived signed token (and never the Azure AD one); every
/// other serviceUrl (Teams, Azure Direct Line, the Emulator) gets the standard credentials from configuration, and
/// only if <see cref="ServiceUrlPolicy"/> allows it: the last check before any request leaves for a serviceUrl.
/// </summary>
public sealed class SelfHostedConnectorCredentialsFactory(
    ServiceClientCredentialsFactory standard, DirectLineConnectorUrl connectorUrl, DirectLineTokens tokens, ServiceUrlPolicy serviceUrls)
    : ServiceClientCredentialsFactory
{
    public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) =>
        standard.IsValidAppIdAsync(appId, cancellationToken);

    public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) =>
        standard.IsAuthenticationDisabledAsync(cancellationToken);

    public override async Task<ServiceClientCredentials> CreateCredentialsAsync(
        string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken)
    {
        var credentials = await standard.CreateCredentialsAsync(appId, audience, loginEndpoint, validateAuthority, cancellationToken);
        return new SelfHostedConnectorCredentials(credentials, connectorUrl, tokens, serviceUrls);
    }

    private sealed class SelfHostedConnectorCredentials(
        ServiceClientCredentials standard, DirectLineConnectorUrl connectorUrl, DirectLineTokens tokens, ServiceUrlPolicy serviceUrls)
        : ServiceClientCredentials
    {
        public override void InitializeServiceClient<T>(ServiceClient<T> client) => standard.InitializeServiceClient(client);

        public override Task ProcessHttpRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { } uri && connectorUrl.Covers(uri))
            {
                request.Headers.Authorization = new("Bearer", tokens.IssueConnectorToken());
                return Task.CompletedTask;
            }
            if (request.RequestUri is null || !serviceUrls.MaySendTo(request.RequestUri))
            {
                throw new InvalidOperationException(
                    $"Refused to send to '{request.RequestUri?.Host}': the serviceUrl is not in Bot:AllowedServiceUrls.");
            }
            return standard.ProcessHttpRequestAsync(request, cancellationToken);
        }
    }
}
