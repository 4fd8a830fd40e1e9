using EcomBot.TestSupport;
using EcomBot.Bot.Capabilities.Recommendations;
using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Conversation.Discovery.Recommendations;
using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Signals;
using EcomBot.Bot.Profiles.Storage;
using EcomBot.Bot.Tests.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Recommendations;

/// <summary>The app's recommendations over the shipped demo store and a profile store whose signals the test applies
/// itself (on a fixed clock).</summary>
internal sealed class RecommendationHarness
{
    /// <summary>A real db.json customer whose only purchase (order #W8306539, pending) is a Desk Lamp.</summary>
    public const string DeskLampOwner = "daiki_jackson_4362";

    public RecommendationHarness(int afterOrderCount = 2)
    {
        App = TestApp.Create(
            settings: new Dictionary<string, string?> { ["Recommendations:AfterOrderCount"] = afterOrderCount.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            services: services =>
            {
                services.Replace(ServiceDescriptor.Singleton<IProfileStore>(Profiles.Store));
                services.Replace(ServiceDescriptor.Singleton(Profiles.Reader));
            });
    }

    public TestApp App { get; }

    public ProfileSignalsHarness Profiles { get; } = new();

    public ProductRecommendations Service => App.Get<ProductRecommendations>();

    public IOptions<RecommendationOptions> Options => App.Get<IOptions<RecommendationOptions>>();

    public RecommendFlow Flow => App.Flow<RecommendFlow>();

    public Task ShowInterestAsync(ProfileSubject subject, string productType, IReadOnlyDictionary<string, string>? options = null) =>
        Profiles.ApplyAsync(new InterestShown(subject, InterestSource.View, productType, options));

    /// <summary>A session for the customer (or, with <paramref name="user"/>, a not-yet-identified channel user).</summary>
    public static CustomerSession Session(string? customerId, ChannelUser? user = null) =>
        new("webchat", user ?? new ChannelUser("webchat", "u1"), "c1", customerId, SessionIdentity.Conversation,
            new ProposalBook(new ChangeLedger(), 1, TimeProvider.System));
}
