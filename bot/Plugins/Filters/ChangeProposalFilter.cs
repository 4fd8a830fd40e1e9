using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins.Filters;

/// <summary>
/// The one place the "only after the customer said yes" rule is enforced: a function that changes the store's records
/// runs only for a proposal of that function, for the session's customer, that the customer confirmed with an explicit
/// yes on a later turn than it was proposed, not expired and not carried out before. Whoever calls it (a flow, a chat
/// model, the replay), there is no other way in.
/// </summary>
public sealed class ChangeProposalFilter(Kernels.PluginCatalog plugins) : IFunctionInvocationFilter
{
    public Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var function = PluginNames.Qualified(context.Function.PluginName ?? "", context.Function.Name);
        if (!plugins.CarryOutFunctions.Contains(function))
        {
            return next(context);
        }
        var session = KernelSession.Of(context.Kernel);
        var proposalId = context.Arguments.TryGetValue(CarriesOutProposalAttribute.ProposalIdArgument, out var value) ? value as string : null;
        var refusal = proposalId is null
            ? "A change needs the id of a proposal the customer confirmed."
            : session.Proposals.RefusalFor(proposalId, function, session.CustomerId);
        return refusal is null ? next(context) : throw new FunctionRefusedException(refusal);
    }
}
