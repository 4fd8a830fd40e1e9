using EcomBot.Bot.Plugins.Filters;
using EcomBot.Bot.Plugins.Kernels;

namespace EcomBot.Bot.Plugins;

public static class PluginsServiceExtensions
{
    /// <summary>Registers the Semantic Kernel plugins over the capabilities, the filters every call passes and the
    /// per-turn kernel builder. Needs the capabilities registered.</summary>
    public static IHostApplicationBuilder AddEcomBotPlugins(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PluginOptions>().BindConfiguration(PluginOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CatalogPlugin>();
        services.AddSingleton<PoliciesPlugin>();
        services.AddSingleton<OrdersPlugin>();
        services.AddSingleton<CartPlugin>();
        services.AddSingleton<RecommendationsPlugin>();
        services.AddSingleton<ProfilePlugin>();
        services.AddSingleton<HandoffPlugin>();
        services.AddSingleton<IdentityPlugin>();
        services.AddSingleton<PluginCatalog>();
        services.AddSingleton<FunctionAuditLog>();
        services.AddSingleton<FunctionAuditFilter>();
        services.AddSingleton<CallLimitsFilter>();
        services.AddSingleton<SessionScopeFilter>();
        services.AddSingleton<ChangeProposalFilter>();
        services.AddSingleton<TurnKernels>();
        return builder;
    }
}
