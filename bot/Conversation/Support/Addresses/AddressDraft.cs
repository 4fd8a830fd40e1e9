using EcomBot.Bot.Commerce.Records;

namespace EcomBot.Bot.Conversation.Support.Addresses;

/// <summary>The parts of a new address given so far, kept in a flow's state between turns; null means not given yet,
/// an empty <see cref="Line2"/> means the customer said there is none.</summary>
public sealed class AddressDraft
{
    public string? Street { get; set; }

    public string? Line2 { get; set; }

    public string? City { get; set; }

    /// <summary>The state's two-letter code.</summary>
    public string? State { get; set; }

    public string? Country { get; set; }

    public string? Zip { get; set; }

    /// <summary>The addresses the store already has that were offered last to choose from, in the order shown.</summary>
    public List<Address> Offered { get; set; } = [];

    public bool IsEmpty => Missing().Count == AddressField.All.Length;

    public bool IsComplete => Missing().Count == 0;

    /// <summary>The fields still to give, in the order they are asked for.</summary>
    public IReadOnlyList<AddressField> Missing() => [.. AddressField.All.Where(f => f.Get(this) is null)];

    public Address ToAddress() => new(Street!, Line2 ?? "", City!, Country!, State!, Zip!);
}

/// <summary>One part of an address: how it is named to the customer and where it is kept in an <see cref="AddressDraft"/>.</summary>
/// <param name="Name">The field in a list of what is missing ("second address line").</param>
/// <param name="Question">The field when it alone is asked for ("second address line (or \"none\")").</param>
public sealed record AddressField(string Name, string Question, Func<AddressDraft, string?> Get, Action<AddressDraft, string> Set)
{
    public static readonly AddressField Street = new("street address", "street address", d => d.Street, (d, v) => d.Street = v);
    public static readonly AddressField Line2 = new("second address line", "second address line (or \"none\")", d => d.Line2, (d, v) => d.Line2 = v);
    public static readonly AddressField City = new("city", "city", d => d.City, (d, v) => d.City = v);
    public static readonly AddressField State = new("state", "state", d => d.State, (d, v) => d.State = v);
    public static readonly AddressField Country = new("country", "country", d => d.Country, (d, v) => d.Country = v);
    public static readonly AddressField Zip = new("zip code", "zip code", d => d.Zip, (d, v) => d.Zip = v);

    /// <summary>Every field, in the order they are asked for and written.</summary>
    public static readonly AddressField[] All = [Street, Line2, City, State, Country, Zip];

    /// <summary>The fields read by their place in the answer rather than by their form.</summary>
    public static readonly AddressField[] ByPlace = [Street, Line2, City];
}
