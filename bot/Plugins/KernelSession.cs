using EcomBot.Bot.Capabilities.Session;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins;

/// <summary>Where a turn's kernel carries its <see cref="CustomerSession"/>: plugins and filters read the customer from
/// here, never from a function argument.</summary>
public static class KernelSession
{
    public const string DataKey = "ecombot.session";

    public static CustomerSession Of(Kernel kernel) =>
        kernel.Data.TryGetValue(DataKey, out var value) && value is CustomerSession session
            ? session
            : throw new InvalidOperationException("This kernel was not built for a customer session.");
}
