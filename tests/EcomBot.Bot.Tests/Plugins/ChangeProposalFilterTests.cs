using EcomBot.Bot.Capabilities.Proposals;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Plugins;
using EcomBot.Bot.Plugins.Calls;
using EcomBot.Bot.Plugins.Filters;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Tests.Plugins;

/// <summary>
/// Every function that changes the store's records runs only for a proposal of that function which the customer
/// confirmed with an explicit yes on a later turn. Each is called here the way a chat model could call it, with every
/// wrong kind of proposal id, and the store must be unchanged after each refusal. Sofia Li (sofia_li_9219) has pending
/// order #W8855135 (paid by credit_card_3951670) and delivered order #W4689314.
/// </summary>
public sealed class ChangeProposalFilterTests : IDisposable
{
    private const string Customer = "sofia_li_9219";
    private static readonly Address NewAddress = new("12 Elm Street", "Apt 3", "Austin", "USA", "TX", "78701");

    private readonly PluginSession _session = new(Customer);

    private static readonly string[] Functions =
    [
        OrdersPlugin.CancelPendingOrder, OrdersPlugin.ModifyPendingOrderAddress, OrdersPlugin.ModifyPendingOrderItems,
        OrdersPlugin.ModifyPendingOrderPayment, OrdersPlugin.ReturnDeliveredOrderItems, OrdersPlugin.ExchangeDeliveredOrderItems,
        OrdersPlugin.ModifyDefaultAddress,
    ];

    public static TheoryData<string> CarryOutFunctions => [.. Functions];

    [Fact]
    public void EveryFunctionThatChangesTheStoreIsCoveredHere() =>
        Assert.Equal(
            Functions.Select(f => PluginNames.Qualified(PluginNames.Orders, f)).Order(),
            _session.App.Get<Bot.Plugins.Kernels.PluginCatalog>().CarryOutFunctions.Order());

    [Theory]
    [MemberData(nameof(CarryOutFunctions))]
    public async Task WithoutAProposalIdTheChangeIsRefused(string function)
    {
        var records = await RecordsAsync();

        var refused = await Assert.ThrowsAsync<FunctionRefusedException>(() => InvokeAsync(_session.NextTurn().Kernel, function, []));

        Assert.Contains("proposal", refused.Message, StringComparison.Ordinal);
        Assert.Equal(records, await RecordsAsync());
    }

    [Theory]
    [MemberData(nameof(CarryOutFunctions))]
    public async Task AnInventedProposalIdIsRefused(string function)
    {
        var records = await RecordsAsync();

        await Assert.ThrowsAsync<FunctionRefusedException>(() => CarryOutAsync(_session.NextTurn(), function, "chg_0123456789abcdef"));

        Assert.Equal(records, await RecordsAsync());
    }

    [Theory]
    [MemberData(nameof(CarryOutFunctions))]
    public async Task AProposalTheCustomerHasNotAnsweredIsRefusedEvenOnALaterTurn(string function)
    {
        var proposal = await _session.NextTurn().Orders.ProposeAsync(ChangeFor(function), CancellationToken.None);
        var records = await RecordsAsync();

        var refused = await Assert.ThrowsAsync<FunctionRefusedException>(() => CarryOutAsync(_session.NextTurn(), function, proposal.Id));

        Assert.Equal("The customer has not confirmed that change.", refused.Message);
        Assert.Equal(records, await RecordsAsync());
    }

    [Theory]
    [MemberData(nameof(CarryOutFunctions))]
    public async Task AProposalTheCustomerDeclinedIsRefused(string function)
    {
        var proposal = await _session.NextTurn().Orders.ProposeAsync(ChangeFor(function), CancellationToken.None);
        var records = await RecordsAsync();

        await Assert.ThrowsAsync<FunctionRefusedException>(() => CarryOutAsync(_session.Answer("no"), function, proposal.Id));

        Assert.Equal(records, await RecordsAsync());
    }

    [Theory]
    [MemberData(nameof(CarryOutFunctions))]
    public async Task AYesInTheSameTurnAsTheProposalConfirmsNothing(string function)
    {
        var turn = _session.NextTurn();
        var proposal = await turn.Orders.ProposeAsync(ChangeFor(function), CancellationToken.None);
        turn.Session.Proposals.RecordAnswer(yes: true);
        var records = await RecordsAsync();

        await Assert.ThrowsAsync<FunctionRefusedException>(() => CarryOutAsync(turn, function, proposal.Id));

        Assert.Equal(ProposalAnswer.Awaiting, turn.Session.Proposals.Find(proposal.Id)!.Answer);
        Assert.Equal(records, await RecordsAsync());
    }

    [Theory]
    [MemberData(nameof(CarryOutFunctions))]
    public async Task AConfirmedProposalOfAnotherChangeIsRefused(string function)
    {
        var other = function == OrdersPlugin.ModifyDefaultAddress ? OrdersPlugin.CancelPendingOrder : OrdersPlugin.ModifyDefaultAddress;
        var proposal = await _session.NextTurn().Orders.ProposeAsync(ChangeFor(other), CancellationToken.None);
        var turn = _session.Answer("yes");
        var records = await RecordsAsync();

        var refused = await Assert.ThrowsAsync<FunctionRefusedException>(() => CarryOutAsync(turn, function, proposal.Id));

        Assert.Equal("That proposal is for a different change.", refused.Message);
        Assert.Equal(records, await RecordsAsync());
    }

    [Theory]
    [MemberData(nameof(CarryOutFunctions))]
    public async Task AConfirmedProposalIsCarriedOutOnceAndOnlyOnce(string function)
    {
        var proposal = await _session.NextTurn().Orders.ProposeAsync(ChangeFor(function), CancellationToken.None);
        var turn = _session.Answer("yes");
        var before = await RecordsAsync();

        await CarryOutAsync(turn, function, proposal.Id);
        var after = await RecordsAsync();
        var again = await Assert.ThrowsAsync<FunctionRefusedException>(() => CarryOutAsync(_session.NextTurn(), function, proposal.Id));

        Assert.NotEqual(before, after);
        Assert.Equal("That change was already carried out.", again.Message);
        Assert.Equal(after, await RecordsAsync());
    }

    [Fact]
    public async Task AProposalPastItsLifetimeIsRefusedAndItsYesNotRecorded()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var session = new PluginSession(Customer, clock);
        var proposal = await session.NextTurn().Orders.ProposeAsync(ChangeFor(OrdersPlugin.CancelPendingOrder), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(16));

        var turn = session.Answer("yes");

        Assert.Equal(ProposalAnswer.Awaiting, turn.Session.Proposals.Find(proposal.Id)!.Answer);
        await Assert.ThrowsAsync<FunctionRefusedException>(() => CarryOutAsync(turn, OrdersPlugin.CancelPendingOrder, proposal.Id));
        Assert.Equal(OrderStatus.Pending, (await session.App.Store.GetOrderAsync("#W8855135")).Status);
    }

    [Fact]
    public async Task AProposalForAnotherCustomersOrderIsNotEvenMade()
    {
        // #W5918442 belongs to sofia_rossi_8776: proposing anything about it is answered like a missing order.
        var refused = await Assert.ThrowsAsync<CommerceException>(() =>
            _session.NextTurn().Orders.ProposeAsync(new CancelPendingOrder("#W5918442", "no longer needed"), CancellationToken.None));

        Assert.Equal("Order not found", refused.Message);
        Assert.Empty(_session.Conversation.Changes.Proposals);
    }

    public void Dispose() => _session.Dispose();

    private static AccountChange ChangeFor(string function) => function switch
    {
        OrdersPlugin.CancelPendingOrder => new CancelPendingOrder("#W8855135", "no longer needed"),
        OrdersPlugin.ModifyPendingOrderAddress => new ModifyPendingOrderAddress("#W8855135", NewAddress),
        OrdersPlugin.ModifyPendingOrderItems => new ModifyPendingOrderItems("#W8855135", ["4035304400"], ["3676786561"], "credit_card_3951670"),
        OrdersPlugin.ModifyPendingOrderPayment => new ModifyPendingOrderPayment("#W8855135", "paypal_8194385"),
        OrdersPlugin.ReturnDeliveredOrderItems => new ReturnDeliveredOrderItems("#W4689314", ["5996159312"], "credit_card_8105988"),
        OrdersPlugin.ExchangeDeliveredOrderItems => new ExchangeDeliveredOrderItems("#W4689314", ["5996159312"], ["1804581713"], "credit_card_8105988"),
        _ => new ModifyDefaultAddress(NewAddress),
    };

    private static Task<FunctionResult> CarryOutAsync(TurnFunctions turn, string function, string proposalId) =>
        InvokeAsync(turn.Kernel, function, new() { [CarriesOutProposalAttribute.ProposalIdArgument] = proposalId });

    private static Task<FunctionResult> InvokeAsync(Kernel kernel, string function, KernelArguments arguments) =>
        kernel.InvokeAsync(PluginNames.Orders, function, arguments);

    /// <summary>Sofia's account and both orders as the store has them now.</summary>
    private async Task<string> RecordsAsync()
    {
        var store = _session.App.Store;
        return CommerceJson.Serialize(await store.GetUserAsync(Customer))
            + CommerceJson.Serialize(await store.GetOrderAsync("#W8855135"))
            + CommerceJson.Serialize(await store.GetOrderAsync("#W4689314"));
    }
}
