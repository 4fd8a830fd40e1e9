using EcomBot.Bot.Conversation.Support.Identity.Attempts;

namespace EcomBot.Integration.Tests.Identity;

public sealed class InMemoryIdentificationAttemptStoreContractTests : IdentificationAttemptStoreContractTests
{
    public InMemoryIdentificationAttemptStoreContractTests() => Store = new InMemoryIdentificationAttemptStore(Clock);

    protected override IIdentificationAttemptStore Store { get; }
}
