using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>One address the store already has for the customer, once however many records hold it.</summary>
/// <param name="IsDefault">It is the account's default address now.</param>
/// <param name="OrderIds">The orders that ship (or shipped) there.</param>
/// <param name="WasReplaced">A change in this conversation replaced it as the default address ("back to the original one").</param>
public sealed record KnownAddress(Address Address, bool IsDefault, IReadOnlyList<string> OrderIds, bool WasReplaced)
{
    /// <summary>"208 Cedar Street, Suite 993, San Jose, CA, USA, 95119 (your default address; order #W3168895)".</summary>
    public string Listing()
    {
        var whose = new List<string>();
        if (IsDefault)
        {
            whose.Add("your default address");
        }
        if (OrderIds.Count > 0)
        {
            whose.Add((OrderIds.Count == 1 ? "order " : "orders ") + string.Join(", ", OrderIds));
        }
        if (WasReplaced && !IsDefault)
        {
            whose.Add("your default address before");
        }
        return $"{AddressReader.Describe(Address)} ({string.Join("; ", whose)})";
    }
}

/// <summary>
/// The addresses a customer may point at instead of typing one: the account's default address, each order's shipping
/// address, and the default addresses this conversation's changes replaced, each once, the default first.
/// </summary>
public sealed class AddressBook
{
    private AddressBook(IReadOnlyList<KnownAddress> known, IReadOnlyList<Order> orders, string? focusOrderId)
    {
        Known = known;
        Orders = orders;
        FocusOrderId = focusOrderId;
    }

    public IReadOnlyList<KnownAddress> Known { get; }

    /// <summary>The customer's orders, to read an order named by its id or its items.</summary>
    public IReadOnlyList<Order> Orders { get; }

    /// <summary>The order the conversation is about ("the one that order was sent to").</summary>
    public string? FocusOrderId { get; }

    public static AddressBook Of(Address defaultAddress, IReadOnlyList<Order> orders, IReadOnlyList<Address> replaced, string? focusOrderId)
    {
        var known = new List<KnownAddress>();
        void Add(Address address, bool isDefault, string? orderId, bool wasReplaced)
        {
            var index = known.FindIndex(k => Same(k.Address, address));
            if (index < 0)
            {
                known.Add(new KnownAddress(address, isDefault, orderId is null ? [] : [orderId], wasReplaced));
                return;
            }
            var k = known[index];
            known[index] = k with
            {
                IsDefault = k.IsDefault || isDefault,
                OrderIds = orderId is null || k.OrderIds.Contains(orderId) ? k.OrderIds : [.. k.OrderIds, orderId],
                WasReplaced = k.WasReplaced || wasReplaced,
            };
        }
        Add(defaultAddress, isDefault: true, orderId: null, wasReplaced: false);
        foreach (var order in orders)
        {
            Add(order.Address, isDefault: false, order.OrderId, wasReplaced: false);
        }
        foreach (var address in replaced)
        {
            Add(address, isDefault: false, orderId: null, wasReplaced: true);
        }
        return new AddressBook(known, orders, focusOrderId);
    }

    public static async Task<AddressBook> LoadAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var account = await turn.Functions.Orders.GetAccountAsync(cancellationToken);
        var orders = await turn.Functions.Orders.ListAsync(cancellationToken);
        return Of(account.Address, orders, turn.Conversation.ReplacedDefaultAddresses, turn.Conversation.Focus.FreshOrder(turn.Conversation.Turn));
    }

    /// <summary>The same place to ship to, whatever the case or spacing of its parts.</summary>
    public static bool Same(Address a, Address b) =>
        Norm(a.Address1) == Norm(b.Address1) && Norm(a.Address2) == Norm(b.Address2) && Norm(a.City) == Norm(b.City)
        && Norm(a.State) == Norm(b.State) && Norm(a.Zip) == Norm(b.Zip);

    private static string Norm(string part) => string.Join(' ', part.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
