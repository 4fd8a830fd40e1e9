using EcomBot.TestSupport;

namespace EcomBot.Tools.Tests;

[CollectionDefinition(Name)]
public sealed class TrainedRouterTests : ICollectionFixture<TrainedRouterFixture>
{
    public const string Name = "trained router";
}
