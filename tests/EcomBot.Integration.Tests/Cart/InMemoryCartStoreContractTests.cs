using EcomBot.Bot.Capabilities.Cart;

namespace EcomBot.Integration.Tests.Cart;

public sealed class InMemoryCartStoreContractTests : CartStoreContractTests
{
    protected override ICartStore Store { get; } = new InMemoryCartStore();
}
