using System.Text.Json;
using EcomBot.Bot.Commerce;

namespace EcomBot.Bot.Plugins;

/// <summary>Runs a plugin function and turns its outcome into compact JSON for the caller: the record on
/// success, <c>{"error": "..."}</c> with the store's safe wording on a refusal, and a generic message (the
/// details only in the log) on anything unexpected.</summary>
internal static class PluginCall
{
    public const string UnavailableMessage = "The store could not be reached. Please try again, or ask for a person.";

    public static async Task<string> RunAsync<T>(Func<Task<T>> call, ILogger logger, string functionName)
    {
        try
        {
            return CommerceJson.Serialize(await call());
        }
        catch (CommerceException refused)
        {
            return Error(refused.Message);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            logger.LogError(unexpected, "Plugin function {Function} failed", functionName);
            return Error(UnavailableMessage);
        }
    }

    public static string Error(string message) => JsonSerializer.Serialize(new { error = message });
}
