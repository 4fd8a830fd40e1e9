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

    public static IResult TooOld { get; } = ActivityJson.Problem(StatusCodes.Status403Forbidden,
        "This conversation's tokens have reached their maximum age (DirectLine:TokenMaxAgeHours); start a new conversation.");

    public static IResult Full { get; } = ActivityJson.Problem(StatusCodes.Status503ServiceUnavailable,
        "Too many conversations are open right now (DirectLine:MaxOpenConversations); try again later.");

    /// <summary>429 with Retry-After: the limit is per clock minute, so the next minute has room again.</summary>
    public static IResult TooMany(string limit, TimeProvider time) =>
        new RetryAfter(ActivityJson.Problem(StatusCodes.Status429TooManyRequests, $"Too many requests ({limit}); try again shortly."),
            Limits.QuotaBuckets.SecondsToNextMinute(time));

    private sealed class RetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
