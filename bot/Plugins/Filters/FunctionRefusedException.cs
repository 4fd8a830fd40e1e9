namespace EcomBot.Bot.Plugins.Filters;

/// <summary>A filter refused a kernel function call (not identified, no confirmed proposal, a limit). The message is
/// safe to show a customer or a model.</summary>
public sealed class FunctionRefusedException(string message) : Exception(message);
