using EcomBot.Bot.Profiles.Storage;

namespace EcomBot.Integration.Tests.Profiles;

public sealed class InMemoryProfileStoreContractTests : ProfileStoreContractTests
{
    protected override IProfileStore Store { get; } = new InMemoryProfileStore();
}
