using EcomBot.Bot.Hosting;
using NetArchTest.Rules;

namespace EcomBot.Bot.Tests.Architecture;

/// <summary>
/// The design's dependency rules, checked on the built assembly: the conversation layer reaches the store, the knowledge
/// base, carts and profiles only through the turn's kernel functions; nothing outside Commerce reads the store's raw
/// records; Bot Framework types stay at the channel edge; the router knows flows only by their descriptors.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Bot = typeof(EcomBotComposition).Assembly;

    /// <summary>What sits behind the capability surface: the store, the knowledge search, the capability services and the
    /// stores of carts and profiles. Record types (orders, products, proposals, search results) may be used anywhere.</summary>
    private static readonly string[] BehindTheCapabilitySurface =
    [
        "EcomBot.Bot.Commerce.ICommerceStore", "EcomBot.Bot.Commerce.DemoCommerceStore", "EcomBot.Bot.Commerce.StoreDatabase",
        "EcomBot.Bot.Commerce.CustomerAccount", "EcomBot.Bot.Commerce.ChangeStore", "EcomBot.Bot.Commerce.Accounts.ICustomerAccount",
        "EcomBot.Bot.Commerce.Accounts.ICustomerDirectory", "EcomBot.Bot.Commerce.Accounts.StoreCustomer", "EcomBot.Bot.Commerce.Catalogue",
        "EcomBot.Bot.Commerce.History", "EcomBot.Bot.Commerce.Erasure",
        "EcomBot.Knowledge.Search.ProductSearch", "EcomBot.Knowledge.Search.PolicySearch", "EcomBot.Knowledge.Search.QueryEncoder",
        "EcomBot.Knowledge.Indexing", "EcomBot.Knowledge.Ingestion",
        "EcomBot.Bot.Capabilities.Catalog.ShopCatalog", "EcomBot.Bot.Capabilities.Policies.PolicyAnswers",
        "EcomBot.Bot.Capabilities.Orders.CustomerOrders", "EcomBot.Bot.Capabilities.Orders.AccountChanges",
        "EcomBot.Bot.Capabilities.Cart.ShoppingCart", "EcomBot.Bot.Capabilities.Cart.ICartStore", "EcomBot.Bot.Capabilities.Cart.InMemoryCartStore",
        "EcomBot.Bot.Capabilities.Cart.RedisCartStore", "EcomBot.Bot.Capabilities.Recommendations.ProductRecommendations",
        "EcomBot.Bot.Capabilities.Profile.CustomerProfiles", "EcomBot.Bot.Capabilities.Handoff.SupportHandoff",
        "EcomBot.Bot.Capabilities.Handoff.HandoffPublisher", "EcomBot.Bot.Capabilities.Identity.CustomerLookup",
        "EcomBot.Bot.Profiles.Signals.IProfileSignals", "EcomBot.Bot.Profiles.Storage", "EcomBot.Bot.Profiles.ProfileReader",
    ];

    [Fact]
    public void TheConversationLayerReachesCapabilitiesOnlyThroughKernelFunctions() =>
        AssertNoDependency("EcomBot.Bot.Conversation", BehindTheCapabilitySurface);

    [Fact]
    public void NothingOutsideCommerceReadsTheStoresRawRecords() =>
        AssertNoDependency(
            Types.InAssembly(Bot).That().DoNotResideInNamespaceMatching(@"^EcomBot\.Bot\.Commerce(\.|$)"),
            ["EcomBot.Bot.Commerce.StoreDatabase", "EcomBot.Bot.Commerce.ICommerceStore", "EcomBot.Bot.Commerce.DemoCommerceStore",
                "EcomBot.Bot.Commerce.ChangeStore"]);

    [Theory]
    [InlineData("EcomBot.Bot.Conversation")]
    [InlineData("EcomBot.Bot.Capabilities")]
    [InlineData("EcomBot.Bot.Plugins")]
    [InlineData("EcomBot.Bot.Commerce")]
    [InlineData("EcomBot.Bot.Profiles")]
    public void BotFrameworkTypesStayAtTheChannelEdge(string layer) =>
        AssertNoDependency(layer, ["Microsoft.Bot"]);

    [Theory]
    [InlineData("EcomBot.Bot.Capabilities")]
    [InlineData("EcomBot.Bot.Commerce")]
    public void InnerLayersDoNotKnowTheConversationOrThePlugins(string layer) =>
        AssertNoDependency(layer, ["EcomBot.Bot.Conversation", "EcomBot.Bot.Plugins", "EcomBot.Bot.BotFramework", "EcomBot.Bot.Channels"]);

    [Fact]
    public void TheRouterKnowsFlowsOnlyByTheirDescriptors() =>
        AssertNoDependency(
            Types.InAssembly(Bot).That().ResideInNamespaceMatching(@"^EcomBot\.Bot\.Conversation(\.Routing(\..*)?)?$"),
            ["EcomBot.Bot.Conversation.Support", "EcomBot.Bot.Conversation.Discovery"]);

    private static void AssertNoDependency(string layer, string[] forbidden) =>
        AssertNoDependency(Types.InAssembly(Bot).That().ResideInNamespaceMatching("^" + System.Text.RegularExpressions.Regex.Escape(layer) + @"(\.|$)"), forbidden);

    private static void AssertNoDependency(PredicateList types, string[] forbidden)
    {
        var result = types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful,
            "These types depend on what they should not: " + string.Join("; ", (result.FailingTypes ?? []).Select(t => $"{t.FullName} ({t.Explanation})")));
    }
}
