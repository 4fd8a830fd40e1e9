using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.State;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Commerce;

/// <summary>While the changed records cannot be read, the store never answers from <c>db.json</c> instead: a cancelled
/// order would show as pending. Every look-up and change reports the outage, none reports "not found".</summary>
public sealed class UnreachableRecordsTests
{
    private readonly DemoCommerceStore _store = new(DemoData.Database, new UnreachableChangeStore());

    public static TheoryData<string> Calls => ["order", "user", "email", "name and zip", "cancel", "address"];

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task EveryCallReportsTheOutageInsteadOfTheShippedRecordOrNotFound(string call)
    {
        Func<Task> attempt = call switch
        {
            "order" => () => _store.GetOrderAsync("#W4566809"),
            "user" => () => _store.GetUserAsync("raj_sanchez_2970"),
            "email" => () => _store.FindUserIdByEmailAsync("raj.sanchez2046@example.com"),
            "name and zip" => () => _store.FindUserIdByNameZipAsync("Raj", "Sanchez", "92147"),
            "cancel" => () => _store.CancelPendingOrderAsync("#W4566809", "no longer needed"),
            _ => () => _store.ModifyPendingOrderAddressAsync("#W4566809", DemoData.Database.Orders["#W4566809"].Address with { Zip = "92101" }),
        };

        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(attempt);

        Assert.False(refused.OutcomeUnknown);
    }

    private sealed class UnreachableChangeStore : ICommerceChangeStore
    {
        public Task<string?> GetAsync(RecordKey key, CancellationToken cancellationToken) => throw Down();

        public Task<bool> TryWriteAsync(IReadOnlyCollection<RecordWrite> writes, CancellationToken cancellationToken) => throw Down();

        public Task<bool> IsErasedAsync(string userId, CancellationToken cancellationToken) => throw Down();

        public Task<bool> TryEraseUserAsync(string userId, string? expectedUserJson, IReadOnlyCollection<RecordWrite> orderWrites, CancellationToken cancellationToken) =>
            throw Down();

        private static StoreUnavailableException Down() => new("order records", outcomeUnknown: false);
    }
}
