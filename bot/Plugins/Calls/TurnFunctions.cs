using EcomBot.Bot.Capabilities.Session;
using EcomBot.Bot.Plugins.Kernels;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins.Calls;

/// <summary>
/// The kernel functions of one turn as typed calls, for the deterministic flows: each call goes through the turn's
/// kernel (so through every filter) and returns the function's record. The session is resolved again when the
/// customer is identified during the turn, so customer-scoped plugins join the kernel from then on.
/// </summary>
public sealed class TurnFunctions(TurnKernels kernels, Func<CustomerSession> resolveSession)
{
    private CustomerSession? _session;
    private Kernel? _kernel;

    /// <summary>The session the next call acts for.</summary>
    public CustomerSession Session => Current().Session;

    /// <summary>The turn's kernel, for callers that choose functions themselves (a chat model).</summary>
    public Kernel Kernel => Current().Kernel;

    public CatalogCalls Catalog => new(this);

    public PolicyCalls Policies => new(this);

    public OrderCalls Orders => new(this);

    public CartCalls Cart => new(this);

    public RecommendationCalls Recommendations => new(this);

    public ProfileCalls Profile => new(this);

    public HandoffCalls Handoff => new(this);

    public IdentityCalls Identity => new(this);

    internal async Task<T> CallAsync<T>(string plugin, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await Kernel.InvokeAsync(plugin, function, arguments, cancellationToken);
        return result.GetValue<T>()!;
    }

    private (CustomerSession Session, Kernel Kernel) Current()
    {
        var session = resolveSession();
        if (_session is null || _session.CustomerId != session.CustomerId)
        {
            // A fresh session carries the call count on, so a limit is per turn whatever the identification did.
            session.CallsThisTurn = _session?.CallsThisTurn ?? 0;
            _session = session;
            _kernel = kernels.Create(session);
        }
        return (_session, _kernel!);
    }
}
