namespace EcomBot.Bot.Plugins.Filters;

public enum FunctionOutcome
{
    Succeeded,

    /// <summary>A filter or the store's rules refused the call (the reason is in <see cref="FunctionAuditRecord.Detail"/>).</summary>
    Refused,

    /// <summary>It failed unexpectedly (the exception's type is in <see cref="FunctionAuditRecord.Detail"/>).</summary>
    Failed,
}

/// <summary>One kernel function call as the audit keeps it: when, in which conversation (a pseudonym), which function,
/// its arguments with personal data masked, the outcome and how long it took.</summary>
public sealed record FunctionAuditRecord(
    DateTimeOffset At,
    string Conversation,
    string Function,
    IReadOnlyDictionary<string, string> Arguments,
    FunctionOutcome Outcome,
    string? Detail,
    double DurationMilliseconds);
