using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace EcomBot.Bot.BotFramework.Messages;

/// <summary>An activity read from a request body, or why there is none: the HTTP status to answer and a one-line reason.</summary>
public sealed record ActivityRead(Activity? Activity, int Status, string Problem)
{
    public static ActivityRead Refused(int status, string problem) => new(null, status, problem);
}

/// <summary>
/// Reads an activity from a request body without trusting its size or its shape: a declared length over the limit
/// is refused before a byte is read, an undeclared one once the limit is passed; JSON nested deeper than
/// <see cref="MaxDepth"/>, a body that is not one activity object, or one without a <c>type</c> is a bad request.
/// </summary>
public static class ActivityBody
{
    /// <summary>Deep enough for any real card submit; the SDK itself reads without a limit.</summary>
    public const int MaxDepth = 128;

    public static async Task<ActivityRead> ReadAsync(HttpRequest request, int maxBytes, JsonSerializer serializer)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = maxBytes;
        }
        using var body = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return TooLarge(maxBytes);
                }
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        body.Position = 0;
        return Parse(body, serializer);
    }

    private static ActivityRead Parse(Stream body, JsonSerializer serializer)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(body)) { MaxDepth = MaxDepth };
            var activity = serializer.Deserialize<Activity>(reader);
            if (reader.Read())
            {
                return BadRequest("The body must be exactly one activity object.");
            }
            return activity is null || string.IsNullOrWhiteSpace(activity.Type)
                ? BadRequest("The body must be an activity object with a 'type'.")
                : new ActivityRead(activity, StatusCodes.Status200OK, "");
        }
        catch (JsonException exception)
        {
            // Position only: the exception's message may quote the client's text, which must not reach the log.
            var (line, position) = exception switch
            {
                JsonReaderException reader => (reader.LineNumber, reader.LinePosition),
                JsonSerializationException serialization => (serialization.LineNumber, serialization.LinePosition),
                _ => (0, 0),
            };
            return BadRequest($"The body is not a valid activity (JSON error at line {line}, position {position}).");
        }
    }

    private static ActivityRead BadRequest(string problem) => ActivityRead.Refused(StatusCodes.Status400BadRequest, problem);

    private static ActivityRead TooLarge(int maxBytes) =>
        ActivityRead.Refused(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than the {maxBytes:N0}-byte limit.");
}
