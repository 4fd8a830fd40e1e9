namespace EcomBot.Bot.Commerce.Records;

/// <summary>A postal address, as kept on users (default shipping) and orders (where this order ships).</summary>
public sealed record Address(string Address1, string Address2, string City, string Country, string State, string Zip);
