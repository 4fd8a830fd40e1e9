using EcomBot.Bot.Profiles;

namespace EcomBot.Bot.Plugins.Calls;

public readonly struct ProfileCalls(TurnFunctions functions)
{
    public Task<bool> SetMarketingConsentAsync(bool granted, CancellationToken cancellationToken) =>
        functions.CallAsync<bool>(PluginNames.Profile, ProfilePlugin.SetMarketingConsent, new() { ["granted"] = granted }, cancellationToken);

    public Task<ProfileSnapshot?> GetAsync(CancellationToken cancellationToken) =>
        functions.CallAsync<ProfileSnapshot?>(PluginNames.Profile, ProfilePlugin.GetMyProfile, new(), cancellationToken);
}
