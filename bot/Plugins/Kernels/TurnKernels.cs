using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Plugins.Filters;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins.Kernels;

/// <summary>
/// Builds the kernel of one session for one turn: the plugins the session may use (customer-scoped ones only once the
/// customer is identified), the session itself in the kernel's data, and the filters every call passes, in order:
/// audit (outermost, so refusals are recorded too), limits, session scope, change proposals.
/// </summary>
public sealed class TurnKernels(
    IServiceProvider services, PluginCatalog plugins, FunctionAuditFilter audit, CallLimitsFilter limits,
    SessionScopeFilter scope, ChangeProposalFilter proposals)
{
    public Kernel Create(CustomerSession session)
    {
        var kernel = new Kernel(services, new KernelPluginCollection(plugins.For(session.IsIdentified)));
        kernel.FunctionInvocationFilters.Clear();
        kernel.FunctionInvocationFilters.Add(audit);
        kernel.FunctionInvocationFilters.Add(limits);
        kernel.FunctionInvocationFilters.Add(scope);
        kernel.FunctionInvocationFilters.Add(proposals);
        kernel.Data[KernelSession.DataKey] = session;
        return kernel;
    }
}
