using EcomBot.TestSupport;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Recommendations;
using EcomBot.Bot.Recommendations.CoPurchase;
using EcomBot.Bot.Tests.Commerce;
using EcomBot.Bot.Tests.Profiles;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Recommendations;

/// <summary>The recommendation service over the shipped demo store and an in-process profile store.</summary>
internal sealed class RecommendationHarness
{
    /// <summary>A real db.json customer whose only purchase (order #W8306539, pending) is a Desk Lamp.</summary>
    public const string DeskLampOwner = "daiki_jackson_4362";

    public RecommendationHarness(RecommendationOptions? settings = null)
    {
        Options = Microsoft.Extensions.Options.Options.Create(settings ?? new RecommendationOptions());
        Service = new RecommendationService(
            Store, DemoData.Database, new StoreCoPurchases(DemoData.Database, Options), Profiles.Reader, Options);
    }

    public IOptions<RecommendationOptions> Options { get; }

    public DemoCommerceStore Store { get; } = DemoData.FreshStore();

    public ProfileSignalsHarness Profiles { get; } = new();

    public RecommendationService Service { get; }

    public Task ShowInterestAsync(ProfileSubject subject, string productType, IReadOnlyDictionary<string, string>? options = null) =>
        Profiles.ApplyAsync(new InterestShown(subject, InterestSource.View, productType, options));
}
