namespace EcomBot.Bot.Plugins;

/// <summary>The plugins' names in a turn's kernel; a model sees their functions as "Plugin-function".</summary>
public static class PluginNames
{
    public const string Catalog = "Catalog";
    public const string Policies = "Policies";
    public const string Orders = "Orders";
    public const string Cart = "Cart";
    public const string Recommendations = "Recommendations";
    public const string Profile = "Profile";
    public const string Handoff = "Handoff";
    public const string Identity = "Identity";

    /// <summary>How a function is named in a kernel and in proposals: "Orders-cancel_pending_order".</summary>
    public static string Qualified(string plugin, string function) => $"{plugin}-{function}";
}
