using EcomBot.Bot.Profiles.Signals;
using Microsoft.Extensions.Hosting;

namespace EcomBot.Bot.BotFramework.InProcess;

/// <summary>
/// The background work a conversation needs when the bot runs as a command rather than as the web host (which would
/// start it): the worker that applies profile signals. The web server itself is not started.
/// </summary>
internal sealed class BackgroundWork(IEnumerable<IHostedService> hostedServices)
{
    private readonly IReadOnlyList<IHostedService> _running = [.. hostedServices.OfType<ProfileSignalWorker>()];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var service in _running)
        {
            await service.StartAsync(cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        foreach (var service in _running)
        {
            await service.StopAsync(CancellationToken.None);
        }
    }
}
