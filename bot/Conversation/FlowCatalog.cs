using EcomBot.Bot.Conversation.Routing;

namespace EcomBot.Bot.Conversation;

/// <summary>The registered flows by name and by intent, and what the router needs to know about them, all computed
/// from their descriptors.</summary>
public sealed class FlowCatalog
{
    /// <summary>Intents answered by the router itself (commands and courtesies), never by a flow or the help articles.</summary>
    public static readonly IReadOnlySet<string> RouterIntents = new HashSet<string>(StringComparer.Ordinal)
    {
        Intents.Greeting, Intents.Thanks, Intents.Help, Intents.StartOver,
    };

    private readonly Dictionary<string, IConversationFlow> _byName;
    private readonly Dictionary<string, IConversationFlow> _byIntent;

    public FlowCatalog(IEnumerable<IConversationFlow> flows)
    {
        Flows = [.. flows];
        _byName = new(StringComparer.Ordinal);
        _byIntent = new(StringComparer.Ordinal);
        foreach (var flow in Flows)
        {
            if (!_byName.TryAdd(flow.Descriptor.Name, flow))
            {
                throw new InvalidOperationException($"Two flows are named '{flow.Descriptor.Name}'.");
            }
            foreach (var intent in flow.Descriptor.Intents)
            {
                if (!_byIntent.TryAdd(intent, flow))
                {
                    throw new InvalidOperationException(
                        $"Intent '{intent}' is claimed by both '{_byIntent[intent].Descriptor.Name}' and '{flow.Descriptor.Name}'.");
                }
            }
        }
    }

    public IReadOnlyList<IConversationFlow> Flows { get; }

    public IConversationFlow? Named(string? name) => name is not null && _byName.TryGetValue(name, out var flow) ? flow : null;

    public IConversationFlow? ForIntent(string intent) => _byIntent.GetValueOrDefault(intent);

    /// <summary>Whether a rule question the classifier labelled with <paramref name="intent"/> may be answered from the
    /// help articles: not for the router's own intents, nor for flows that say so.</summary>
    public bool RuleQuestionMayRedirect(string intent) =>
        !RouterIntents.Contains(intent) && (ForIntent(intent)?.Descriptor.RuleQuestionsMayRedirect ?? true);

    /// <summary>The embedded resources holding the flows' own labelled examples.</summary>
    public IReadOnlyList<string> TrainingResources =>
        [.. Flows.Select(f => f.Descriptor.TrainingExamples).OfType<string>().Distinct(StringComparer.Ordinal)];
}
