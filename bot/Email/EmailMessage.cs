namespace EcomBot.Bot.Email;

/// <summary>A plain-text email to one recipient.</summary>
/// <param name="To">The recipient's address, as the store holds it.</param>
public sealed record EmailMessage(string To, string Subject, string Body);
