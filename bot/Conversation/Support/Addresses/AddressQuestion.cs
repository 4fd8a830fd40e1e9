using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>What a new address replaces: an order's shipping address, or the account's default address.</summary>
/// <param name="Current">The address it replaces; null when it replaces several (every pending order's).</param>
/// <param name="OrderId">The order whose address changes; null for the default address, or for several orders.</param>
public sealed record AddressTarget(Address? Current, string? OrderId)
{
    public string AlreadyThere => Current is null ? ""
        : OrderId is null ? $"That is already your default address ({AddressReader.Describe(Current)})."
        : $"Order {OrderId} already ships to {AddressReader.Describe(Current)}.";

    /// <summary>The new address would change nothing.</summary>
    public bool IsAlready(Address address) => Current is not null && AddressBook.Same(address, Current);
}

/// <summary>
/// The answer to "what should the new address be?", shared by every flow that takes one: an address the store already
/// has, pointed at in words (<see cref="AddressReferences"/>) or picked from those offered, or a new address written
/// out, whole or part by part (<see cref="AddressReader"/>). One known address that fits is taken (the flow still reads
/// it back and waits for a yes); several are offered to choose from; none is said, with the addresses the store has.
/// </summary>
public static class AddressQuestion
{
    private const string WhichOfThese = "Which of these should the new address be?";

    /// <summary>Reads this answer. Returns the new address once it is known; null when the turn was spent asking (the
    /// flow then keeps its state and waits for free text).</summary>
    public static Address? Read(FlowTurn turn, string answer, AddressDraft draft, AddressBook book, AddressTarget target)
    {
        if (draft.IsEmpty && draft.Offered.Count > 0 && PickOffered(answer, draft.Offered, book, target) is { } picked)
        {
            draft.Offered.Clear();
            return picked;
        }
        if (AddressReferences.Read(answer, book, target.OrderId) is { } pointer && (draft.IsEmpty || !pointer.ByPlaceOnly))
        {
            return Pointed(turn, pointer, draft, book, target, quiet: false);
        }
        var problem = AddressReader.Read(answer, draft);
        if (draft.IsComplete)
        {
            return draft.ToAddress();
        }
        turn.Unhelpful = problem is not null;
        turn.Say(AddressReader.AskNext(draft, problem));
        return null;
    }

    /// <summary>Reads the new address from the request itself ("change it to my default address", "... to 12 Main St,
    /// Austin, TX 78701"). Returns it when the request gives exactly one; offers the known addresses it points at when it
    /// points at several (returns null, having asked); otherwise returns null having said nothing.</summary>
    public static Address? FromRequest(FlowTurn turn, string request, AddressDraft draft, AddressBook book, AddressTarget target)
    {
        if (AddressRequest.WrittenAddress(request) is { } written)
        {
            return written;
        }
        return AddressRequest.NewAddressPart(request) is { } part && AddressReferences.Read(part, book, target.OrderId) is { Fits.Count: > 0 } pointer
            ? Pointed(turn, pointer, draft, book, target, quiet: true)
            : null;
    }

    private static Address? Pointed(FlowTurn turn, AddressPointer pointer, AddressDraft draft, AddressBook book, AddressTarget target, bool quiet)
    {
        var fits = pointer.Fits.Where(k => !target.IsAlready(k.Address)).ToList();
        if (fits.Count == 1)
        {
            draft.Offered.Clear();
            return fits[0].Address;
        }
        if (quiet && fits.Count == 0)
        {
            return null;
        }
        var others = book.Known.Where(k => !target.IsAlready(k.Address)).ToList();
        if (fits.Count > 1)
        {
            Offer(turn, draft, "More than one address I have fits that. " + WhichOfThese, fits);
            return null;
        }
        turn.Unhelpful = true;
        var said = pointer.Fits.Count > 0 ? target.AlreadyThere + " " : "I couldn't tell which address you mean. ";
        if (others.Count == 0)
        {
            draft.Offered.Clear();
            turn.Say(said + $"I have no other address for you. {AddressReader.AskWhole}");
            return null;
        }
        Offer(turn, draft, said + "These are the addresses I have for you. " + WhichOfThese
            + " Or send the whole new address (street, second line, city, state, country, zip).", others);
        return null;
    }

    private static void Offer(FlowTurn turn, AddressDraft draft, string question, IReadOnlyList<KnownAddress> addresses)
    {
        draft.Offered = [.. addresses.Select(k => k.Address)];
        var lines = addresses.Select((k, i) => $"{i + 1}. {k.Listing()}");
        turn.Say($"{question}\n{string.Join("\n", lines)}", [.. addresses.Select(k => AddressReader.Describe(k.Address))]);
    }

    /// <summary>The offered address an answer picks: by its place in the list ("the second one"), by the words that
    /// point at it among those offered ("the Chicago one"), or by the button's text.</summary>
    private static Address? PickOffered(string answer, List<Address> offered, AddressBook book, AddressTarget target)
    {
        if (offered.FirstOrDefault(a => string.Equals(AddressReader.Describe(a), answer.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) is { } pressed)
        {
            return pressed;
        }
        if (AddressReferences.IsWrittenOut(answer))
        {
            return null;
        }
        if (ListPositions.Read(answer, offered.Count) is [var place])
        {
            return offered[place];
        }
        var fits = AddressReferences.Read(answer, book, target.OrderId)?.Fits.Where(k => offered.Any(a => AddressBook.Same(a, k.Address))).ToList();
        return fits is [var one] ? one.Address : null;
    }
}
