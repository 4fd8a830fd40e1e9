using System.Text.RegularExpressions;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.Commerce.Erasure;
using EcomBot.Bot.Commerce.Records;
using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Commerce;

/// <summary>
/// Erasure and export of a customer's store records in the in-process store. Raj Sanchez (raj_sanchez_2970,
/// raj.sanchez2046@example.com, 557 Sunset Drive Suite 454, San Diego, zip 92147, Mastercard ending 2130) has pending
/// #W4566809 and delivered #W7736708 and #W1067251, all paid with credit_card_3362387.
/// </summary>
public sealed partial class CustomerStoreRecordsTests
{
    private const string Raj = "raj_sanchez_2970";
    private const string Pending = "#W4566809";
    private static readonly string[] WhatIdentifiesRaj =
        [Raj, "Raj", "Sanchez", "raj.sanchez2046@example.com", "557 Sunset Drive", "Suite 454", "San Diego", "92147", "2130", "3362387", "2259499"];

    private readonly InMemoryCommerceChangeStore _changes = new();
    private readonly DemoCommerceStore _store;
    private readonly CustomerStoreRecords _records;

    public CustomerStoreRecordsTests()
    {
        _store = new DemoCommerceStore(DemoData.Database, _changes);
        _records = new CustomerStoreRecords(DemoData.Database, _changes);
    }

    [Fact]
    public async Task AnErasedCustomerCannotBeFoundByIdEmailOrNameAndZipAlthoughTheShippedDatabaseHoldsThem()
    {
        await _store.ModifyUserAddressAsync(Raj, new Address("557 Sunset Drive", "Suite 454", "San Diego", "USA", "CA", "92147"));

        Assert.True(await _records.EraseAsync(Raj, CancellationToken.None));

        Assert.NotNull(DemoData.Database.UserIdByEmail("raj.sanchez2046@example.com"));
        await AssertNotFoundAsync(() => _store.FindUserIdByEmailAsync("raj.sanchez2046@example.com"));
        await AssertNotFoundAsync(() => _store.FindUserIdByNameZipAsync("Raj", "Sanchez", "92147"));
        await AssertNotFoundAsync(() => _store.GetUserAsync(Raj));
        await AssertNotFoundAsync(() => new CustomerAccount(_store, Raj).ListOrdersAsync());
    }

    [Fact]
    public async Task AChangedOrderStaysForTheBooksAsChangedButAnonymisedInsteadOfFallingBackToTheShippedRecord()
    {
        await _store.CancelPendingOrderAsync(Pending, "no longer needed");

        await _records.EraseAsync(Raj, CancellationToken.None);

        var cancelled = await _store.GetOrderAsync(Pending);
        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
        Assert.Equal([(PaymentTransaction.Payment, 826.70m, "credit_card"), (PaymentTransaction.Refund, 826.70m, "credit_card")],
            cancelled.PaymentHistory.Select(p => (p.TransactionType, p.Amount, p.PaymentMethodId)));
        Assert.Equal(new Address("", "", "", "USA", "CA", ""), cancelled.Address);
        Assert.StartsWith("erased_", cancelled.UserId, StringComparison.Ordinal);
        var untouched = await _store.GetOrderAsync("#W7736708");
        Assert.Equal((OrderStatus.Delivered, cancelled.UserId), (untouched.Status, untouched.UserId));
        Assert.Equal(DemoData.Database.Orders["#W7736708"].Items.Select(i => (i.ItemId, i.Price)), untouched.Items.Select(i => (i.ItemId, i.Price)));
    }

    [Fact]
    public async Task NothingTheStoreKeepsAfterwardsNamesTheCustomer()
    {
        await _store.CancelPendingOrderAsync(Pending, "no longer needed");
        await _store.ModifyUserAddressAsync(Raj, new Address("557 Sunset Drive", "Suite 454", "San Diego", "USA", "CA", "92147"));

        await _records.EraseAsync(Raj, CancellationToken.None);

        var kept = _changes.Snapshot().Select(record => $"{record.Key} {record.Value}").ToList();
        Assert.Equal(3, kept.Count);
        Assert.All(WhatIdentifiesRaj, needle => Assert.DoesNotContain(kept, line => Mentions(line, needle)));
    }

    [Fact]
    public async Task ErasingTwiceOrErasingSomeoneUnknownChangesNothing()
    {
        await _records.EraseAsync(Raj, CancellationToken.None);
        var afterFirst = _changes.Snapshot();

        Assert.False(await _records.EraseAsync(Raj, CancellationToken.None));
        Assert.False(await _records.EraseAsync("nobody_1", CancellationToken.None));

        Assert.Equal(afterFirst, _changes.Snapshot());
    }

    [Fact]
    public async Task TheExportHoldsTheAccountAndTheOrdersAsTheyAreNowAndNothingOnceErased()
    {
        await _store.CancelPendingOrderAsync(Pending, "no longer needed");

        var export = await _records.ExportAsync(Raj, CancellationToken.None);
        await _records.EraseAsync(Raj, CancellationToken.None);

        Assert.Equal("raj.sanchez2046@example.com", export!.User.Email);
        Assert.Equal(["#W7736708", Pending, "#W1067251"], export.Orders.Select(o => o.OrderId));
        Assert.Equal(OrderStatus.Cancelled, export.Orders.Single(o => o.OrderId == Pending).Status);
        Assert.Null(await _records.ExportAsync(Raj, CancellationToken.None));
    }

    [Fact]
    public async Task AChangeThatReadTheRecordsBeforeTheErasureCannotBringTheCustomerBack()
    {
        var racing = new CommerceChangeStoreContractTests.InterleavingChangeStore(
            _changes, () => _records.EraseAsync(Raj, CancellationToken.None));
        var turnInFlight = new DemoCommerceStore(DemoData.Database, racing);

        await AssertNotFoundAsync(() => turnInFlight.ModifyUserAddressAsync(Raj, new Address("1 New Road", "", "Austin", "USA", "TX", "73301")));

        await AssertNotFoundAsync(() => _store.GetUserAsync(Raj));
        Assert.DoesNotContain(_changes.Snapshot().Values, json => json.Contains("New Road", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnErasureThatLostARaceToAChangeIsRetriedAndAnonymisesTheChangedOrder()
    {
        var racing = new CommerceChangeStoreContractTests.InterleavingChangeStore(
            _changes, () => _store.CancelPendingOrderAsync(Pending, "ordered by mistake"));

        Assert.True(await new CustomerStoreRecords(DemoData.Database, racing).EraseAsync(Raj, CancellationToken.None));

        var order = await _store.GetOrderAsync(Pending);
        Assert.Equal((OrderStatus.Cancelled, "ordered by mistake"), (order.Status, order.CancelReason));
        Assert.StartsWith("erased_", order.UserId, StringComparison.Ordinal);
        Assert.Equal(2, racing.Writes);
    }

    private static async Task AssertNotFoundAsync(Func<Task> lookUp)
    {
        var refused = await Assert.ThrowsAsync<CommerceException>(lookUp);
        Assert.Equal("User not found", refused.Message);
    }

    /// <summary>Whole words only, so "2130" is not found inside a longer number.</summary>
    private static bool Mentions(string text, string needle) =>
        Regex.IsMatch(text, $@"(?<![A-Za-z0-9]){Regex.Escape(needle)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase);
}
