using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins.Filters;

/// <summary>Per-turn and per-conversation limits: calls in one turn, and changes carried out in one conversation.</summary>
public sealed class CallLimitsFilter(IOptions<PluginOptions> options, Kernels.PluginCatalog plugins) : IFunctionInvocationFilter
{
    public Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var session = KernelSession.Of(context.Kernel);
        if (++session.CallsThisTurn > options.Value.MaxCallsPerTurn)
        {
            throw new FunctionRefusedException("This turn has made too many calls; please ask again.");
        }
        if (plugins.CarryOutFunctions.Contains(PluginNames.Qualified(context.Function.PluginName!, context.Function.Name))
            && session.Proposals.CarriedOut >= options.Value.MaxChangesPerConversation)
        {
            throw new FunctionRefusedException("This conversation has made as many changes as one conversation may; a person from our team can help with more.");
        }
        return next(context);
    }
}
