using EcomBot.Bot.Capabilities.Handoff;

namespace EcomBot.Bot.Plugins.Calls;

public readonly struct HandoffCalls(TurnFunctions functions)
{
    public Task<HandoffTicket> TransferAsync(HandoffReason reason, string summary, CancellationToken cancellationToken) =>
        functions.CallAsync<HandoffTicket>(PluginNames.Handoff, HandoffPlugin.TransferToHuman,
            new() { ["reason"] = reason, ["summary"] = summary }, cancellationToken);
}
