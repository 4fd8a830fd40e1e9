using EcomBot.TestSupport;

namespace EcomBot.Tools.Tests;

[CollectionDefinition(Name)]
public sealed class TrainedRouterCollection : ICollectionFixture<TrainedRouterFixture>
{
    public const string Name = "trained router";
}
