using System.ComponentModel;
using EcomBot.Bot.Capabilities.Profile;
using EcomBot.Bot.Profiles;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>The shopper's profile: marketing consent on this channel, and what the profile has learned.</summary>
public sealed class ProfilePlugin(CustomerProfiles profiles)
{
    public const string SetMarketingConsent = "set_marketing_consent";
    public const string GetMyProfile = "get_my_profile";

    [KernelFunction(SetMarketingConsent), Description("Records the shopper's yes or no to news and offers in this chat; returns false when it cannot be kept now.")]
    public bool SetMarketingConsentAsync(
        Kernel kernel,
        [Description("True to subscribe, false to unsubscribe (STOP).")] bool granted) =>
        profiles.SetMarketingConsent(KernelSession.Of(kernel), granted);

    [KernelFunction(GetMyProfile), Description("Gets what the shopper's profile holds: lifecycle stage, interests by product type and option, consent per channel.")]
    public Task<ProfileSnapshot?> GetMyProfileAsync(Kernel kernel, CancellationToken cancellationToken) =>
        profiles.GetSnapshotAsync(KernelSession.Of(kernel), cancellationToken);
}
