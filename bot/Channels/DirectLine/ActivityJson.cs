using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace EcomBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads and writes Bot Framework JSON. Activities are Newtonsoft types (their attributes and extension data only
/// work with it), so these endpoints bypass minimal API's System.Text.Json binding.
/// </summary>
public static class ActivityJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 32,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    /// <summary>The body as an activity, or a problem result (400 malformed, 413 too large) to return instead.</summary>
    public static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }
            buffer.Write(chunk, 0, read);
        }
        try
        {
            var activity = JsonConvert.DeserializeObject<Activity>(Encoding.UTF8.GetString(buffer.ToArray()), Settings);
            if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            {
                return (null, Problem(StatusCodes.Status400BadRequest, "The body must be an activity object with a 'type'."));
            }
            return (activity, null);
        }
        catch (JsonException exception)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, $"The body is not a valid activity: {exception.Message}"));
        }
    }

    public static IResult Ok(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(JsonConvert.SerializeObject(value, Settings), "application/json", Encoding.UTF8, statusCode);

    /// <summary>An error in Direct Line's shape: <c>{"error":{"code":...,"message":...}}</c>.</summary>
    public static IResult Problem(int statusCode, string message) =>
        Ok(new { error = new { code = ReasonCode(statusCode), message } }, statusCode);

    private static IResult TooLarge(int maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than the {maxBytes:N0}-byte limit.");

    private static string ReasonCode(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => "BadArgument",
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "NotFound",
        StatusCodes.Status413PayloadTooLarge => "MessageSizeTooBig",
        _ => "ServiceError",
    };
}
