using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.BotFramework.InProcess;

/// <summary>
/// The background work a conversation needs when the bot runs as a command rather than as the web host (which would
/// start it): the worker that applies profile signals. The web server itself is not started.
/// </summary>
internal sealed class BackgroundWork(ProfileSignalWorker profileSignals)
{
    public Task StartAsync(CancellationToken cancellationToken) => profileSignals.StartAsync(cancellationToken);

    public Task StopAsync() => profileSignals.StopAsync(CancellationToken.None);
}
