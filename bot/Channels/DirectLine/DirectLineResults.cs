namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>The refusals the Direct Line endpoints share. Direct Line clients treat 403 as "token expired".</summary>
public static class DirectLineResults
{
    public static IResult InvalidCredential { get; } = ActivityJson.Problem(StatusCodes.Status403Forbidden,
        "The Direct Line secret or token is not valid, or the token has expired.");

    public static IResult MissingCredential { get; } = ActivityJson.Problem(StatusCodes.Status401Unauthorized,
        "This call needs 'Authorization: Bearer <token or secret>'.");

    public static IResult OtherConversation { get; } = ActivityJson.Problem(StatusCodes.Status403Forbidden,
        "This token belongs to another conversation.");

    public static IResult UnknownConversation { get; } = ActivityJson.Problem(StatusCodes.Status404NotFound,
        "No such conversation.");
}
