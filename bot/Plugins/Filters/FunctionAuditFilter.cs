using System.Diagnostics;
using System.Text.Json;
using EcomBot.Bot.Commerce;
using EcomBot.Bot.Privacy;
using EcomBot.Bot.Profiles;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins.Filters;

/// <summary>
/// Records every kernel function call, whoever makes it: function, arguments with personal data masked (names,
/// emails, addresses and zips in full; other text through the redactor), outcome and duration. Outermost filter, so a
/// refusal by any other filter is recorded too.
/// </summary>
public sealed partial class FunctionAuditFilter(FunctionAuditLog log, TimeProvider clock, ILogger<FunctionAuditFilter> logger)
    : IFunctionInvocationFilter
{
    private static readonly HashSet<string> PersonalArguments = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "firstName", "lastName", "zip", "address", "address1", "address2", "city", "state", "summary",
    };

    private static readonly AsyncLocal<string?> Running = new();

    /// <summary>The kernel function ("Plugin-function") whose call is running in this asynchronous flow, if any: what
    /// the store, knowledge and profile calls made now are made for.</summary>
    public static string? CurrentFunction => Running.Value;

    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        var outer = Running.Value;
        Running.Value = PluginNames.Qualified(context.Function.PluginName ?? "", context.Function.Name);
        var (outcome, detail) = (FunctionOutcome.Succeeded, (string?)null);
        try
        {
            await next(context);
        }
        catch (Exception refused) when (refused is FunctionRefusedException or CommerceException)
        {
            (outcome, detail) = (FunctionOutcome.Refused, refused.Message);
            throw;
        }
        catch (Exception failed) when (failed is not OperationCanceledException)
        {
            (outcome, detail) = (FunctionOutcome.Failed, failed.GetType().Name);
            throw;
        }
        finally
        {
            var function = Running.Value!;
            Running.Value = outer;
            var conversation = context.Kernel.Data.TryGetValue(KernelSession.DataKey, out var value) && value is Capabilities.Session.CustomerSession session
                ? ProfileIds.Pseudonym(session.ConversationId)
                : "";
            var arguments = context.Arguments.ToDictionary(a => a.Key, a => Mask(a.Key, a.Value), StringComparer.Ordinal);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            log.Add(new FunctionAuditRecord(clock.GetUtcNow(), conversation, function, arguments, outcome, detail, elapsed));
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var listed = string.Join(", ", arguments.Select(a => $"{a.Key}={a.Value}"));
                LogCall(function, conversation, outcome, detail ?? "", elapsed, listed);
            }
        }
    }

    private static string Mask(string name, object? value)
    {
        if (value is null)
        {
            return "null";
        }
        if (PersonalArguments.Contains(name))
        {
            return "***";
        }
        var text = value as string ?? JsonSerializer.Serialize(value, CommerceJson.Options);
        var redacted = PersonalDataRedactor.Redact(text);
        return redacted.Length <= 120 ? redacted : string.Concat(redacted.AsSpan(0, 117), "...");
    }

    [LoggerMessage(LogLevel.Debug, "Function {Function} in conversation {Conversation}: {Outcome} {Detail} ({Milliseconds:F1} ms) {Arguments}")]
    private partial void LogCall(string function, string conversation, FunctionOutcome outcome, string detail, double milliseconds, string arguments);
}
