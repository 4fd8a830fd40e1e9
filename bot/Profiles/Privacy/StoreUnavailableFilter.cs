using EcomBot.Bot.State;

namespace EcomBot.Bot.Profiles.Privacy;

/// <summary>A store that cannot be reached answers the privacy API with 503 (retry later), not a 500: an export or an
/// erasure interrupted this way is safe to repeat as a whole.</summary>
public sealed partial class StoreUnavailableFilter(ILogger<StoreUnavailableFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (StoreUnavailableException unavailable)
        {
            LogUnavailable(unavailable.Store);
            return Results.Problem(
                detail: "A store of customer data cannot be reached right now; nothing is lost by trying again later.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile API request refused: the {Store} store is unavailable.")]
    private partial void LogUnavailable(string store);
}
