using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Routing;

[CollectionDefinition(Name)]
public sealed class TrainedRouterCollection : ICollectionFixture<TrainedRouterFixture>
{
    public const string Name = "trained router";
}
