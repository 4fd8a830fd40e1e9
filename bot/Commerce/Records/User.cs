namespace EcomBot.Bot.Commerce.Records;

public sealed record UserName(string FirstName, string LastName);

/// <summary>A customer account: identity, default address, saved payment methods (keyed by id) and order ids.</summary>
public sealed record User(
    string UserId,
    UserName Name,
    Address Address,
    string Email,
    IReadOnlyDictionary<string, PaymentMethod> PaymentMethods,
    IReadOnlyList<string> Orders);
