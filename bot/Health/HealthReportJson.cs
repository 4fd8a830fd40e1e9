using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EcomBot.Bot.Health;

/// <summary>Writes a health report as JSON listing each check; descriptions only, never exception details.</summary>
public static class HealthReportJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthBody(
            report.Status.ToString(),
            report.TotalDuration.TotalMilliseconds,
            [.. report.Entries.Select(entry => new CheckBody(
                entry.Key, entry.Value.Status.ToString(), entry.Value.Description, entry.Value.Duration.TotalMilliseconds))]);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    private sealed record HealthBody(string Status, double TotalDurationMs, IReadOnlyList<CheckBody> Checks);

    private sealed record CheckBody(string Name, string Status, string? Description, double DurationMs);
}
