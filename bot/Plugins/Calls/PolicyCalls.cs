using EcomBot.Knowledge.Search;

namespace EcomBot.Bot.Plugins.Calls;

public readonly struct PolicyCalls(TurnFunctions functions)
{
    public Task<PolicyAnswer> SearchAsync(string question, int limit, CancellationToken cancellationToken) =>
        functions.CallAsync<PolicyAnswer>(PluginNames.Policies, PoliciesPlugin.SearchPolicies,
            new() { ["question"] = question, ["limit"] = limit }, cancellationToken);
}
