using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace EcomBot.Tools.Replay;

/// <summary>The web server of a bot composed without one: it listens nowhere and is never started. The edge asks the
/// server for its addresses (the self-hosted Direct Line's callback URL); here there are none, and turns over
/// <c>expectReplies</c> never call back.</summary>
internal sealed class NoListeningServer : IServer
{
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull => throw new NotSupportedException("This bot is composed without a web server.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
