using System.Reflection;
using Microsoft.SemanticKernel;

namespace EcomBot.Bot.Plugins.Kernels;

/// <summary>
/// The plugins, built once from their singleton objects (reflection happens here, not per turn), with what the
/// filters and kernels need to know of them: which serve identified customers only, which functions carry out a
/// confirmed proposal, which plugins a chat model is never offered.
/// </summary>
public sealed class PluginCatalog
{
    private readonly IReadOnlyList<KernelPlugin> _public;
    private readonly IReadOnlyList<KernelPlugin> _all;

    public PluginCatalog(
        CatalogPlugin catalog, PoliciesPlugin policies, OrdersPlugin orders, CartPlugin cart,
        RecommendationsPlugin recommendations, ProfilePlugin profile, HandoffPlugin handoff, IdentityPlugin identity)
    {
        var plugins = new (object Target, string Name)[]
        {
            (catalog, PluginNames.Catalog), (policies, PluginNames.Policies), (orders, PluginNames.Orders), (cart, PluginNames.Cart),
            (recommendations, PluginNames.Recommendations), (profile, PluginNames.Profile), (handoff, PluginNames.Handoff),
            (identity, PluginNames.Identity),
        };
        var built = new List<(KernelPlugin Plugin, bool CustomerScoped)>();
        var carryOut = new HashSet<string>(StringComparer.Ordinal);
        var flowOnly = new HashSet<string>(StringComparer.Ordinal);
        var customerScoped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (target, name) in plugins)
        {
            var type = target.GetType();
            var scoped = type.GetCustomAttribute<CustomerScopedAttribute>() is not null;
            built.Add((KernelPluginFactory.CreateFromObject(target, name), scoped));
            if (scoped)
            {
                customerScoped.Add(name);
            }
            if (type.GetCustomAttribute<FlowOnlyAttribute>() is not null)
            {
                flowOnly.Add(name);
            }
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<CarriesOutProposalAttribute>() is not null))
            {
                carryOut.Add(PluginNames.Qualified(name, method.GetCustomAttribute<KernelFunctionAttribute>()!.Name!));
            }
        }
        _all = [.. built.Select(b => b.Plugin)];
        _public = [.. built.Where(b => !b.CustomerScoped).Select(b => b.Plugin)];
        CarryOutFunctions = carryOut;
        FlowOnlyPlugins = flowOnly;
        CustomerScopedPlugins = customerScoped;
    }

    /// <summary>Functions ("Plugin-function") that change the store's records and so need a confirmed proposal.</summary>
    public IReadOnlySet<string> CarryOutFunctions { get; }

    /// <summary>Plugins a chat model is never offered.</summary>
    public IReadOnlySet<string> FlowOnlyPlugins { get; }

    /// <summary>Plugins that serve identified customers only.</summary>
    public IReadOnlySet<string> CustomerScopedPlugins { get; }

    /// <summary>The plugins a session's kernel holds: all of them once the customer is identified, the public ones before.</summary>
    public IReadOnlyList<KernelPlugin> For(bool customerIdentified) => customerIdentified ? _all : _public;
}
