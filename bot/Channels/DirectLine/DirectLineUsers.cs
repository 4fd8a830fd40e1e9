namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// Which Direct Line users are vouched for. A user id is either made up by the Direct Line for a caller without the
/// secret (<c>dl_</c> and random characters) or named by the secret's holder, the shop's back end, which names a shopper
/// it has signed in by their store customer id (<c>tokens/generate</c> with <c>{"user":{"id":"..."}}</c>, or a post
/// with the secret). A token carries its user and a post with a token speaks for that user only, so any id without the
/// prefix came from the secret's holder.
/// </summary>
public static class DirectLineUsers
{
    public const string AnonymousPrefix = "dl_";

    public static bool IsVouched(string? userId) =>
        !string.IsNullOrWhiteSpace(userId) && !userId.StartsWith(AnonymousPrefix, StringComparison.Ordinal);
}
