namespace EcomBot.Bot.Plugins.Calls;

public readonly struct IdentityCalls(TurnFunctions functions)
{
    public Task<string?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        functions.CallAsync<string?>(PluginNames.Identity, IdentityPlugin.FindByEmail, new() { ["email"] = email }, cancellationToken);

    public Task<string?> FindByNameZipAsync(string firstName, string lastName, string zip, CancellationToken cancellationToken) =>
        functions.CallAsync<string?>(PluginNames.Identity, IdentityPlugin.FindByNameZip,
            new() { ["firstName"] = firstName, ["lastName"] = lastName, ["zip"] = zip }, cancellationToken);

    public Task<string?> FindVouchedAsync(CancellationToken cancellationToken) =>
        functions.CallAsync<string?>(PluginNames.Identity, IdentityPlugin.FindVouched, new(), cancellationToken);
}
