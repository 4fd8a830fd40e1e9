using System.Text;
using EcomBot.Bot.BotFramework.Messages;
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
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>The body as an activity, or a problem result (400 malformed, 413 too large) to return instead.</summary>
    public static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, int maxBytes)
    {
        var read = await ActivityBody.ReadAsync(request, maxBytes, Serializer);
        return read.Activity is { } activity ? (activity, null) : (null, Problem(read.Status, read.Problem));
    }

    /// <summary>An activity a store kept as JSON. Read as deep as it was accepted: the default depth (64) would make
    /// every later read of a log holding a deeper one fail.</summary>
    public static Activity ReadStored(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = ActivityBody.MaxDepth };
        return Serializer.Deserialize<Activity>(reader) ?? throw new JsonSerializationException("A stored activity is null.");
    }

    public static IResult Ok(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(JsonConvert.SerializeObject(value, Settings), "application/json", Encoding.UTF8, statusCode);

    /// <summary>An error in Direct Line's shape: <c>{"error":{"code":...,"message":...}}</c>.</summary>
    public static IResult Problem(int statusCode, string message) =>
        Ok(new { error = new { code = ReasonCode(statusCode), message } }, statusCode);

    private static string ReasonCode(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => "BadArgument",
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "NotFound",
        StatusCodes.Status413PayloadTooLarge => "MessageSizeTooBig",
        StatusCodes.Status429TooManyRequests => "TooManyRequests",
        _ => "ServiceError",
    };
}
