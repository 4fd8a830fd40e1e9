using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins.Filters;

/// <summary>
/// Who the customer is comes from the session, never from an argument: a customer-scoped function is refused before
/// the customer is identified (such plugins are not even in the kernel then; this is the second lock), and a call
/// carrying an argument the function does not declare ("customerId", "userId" ...) is refused rather than ignored.
/// </summary>
public sealed class SessionScopeFilter(Kernels.PluginCatalog plugins) : IFunctionInvocationFilter
{
    public Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var session = KernelSession.Of(context.Kernel);
        if (plugins.CustomerScopedPlugins.Contains(context.Function.PluginName ?? "") && !session.IsIdentified)
        {
            throw new FunctionRefusedException("The customer has not been identified yet.");
        }
        var declared = context.Function.Metadata.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (context.Arguments.Names.FirstOrDefault(name => !declared.Contains(name)) is { } unknown)
        {
            throw new FunctionRefusedException($"{context.Function.Name} takes no argument '{unknown}'.");
        }
        return next(context);
    }
}
