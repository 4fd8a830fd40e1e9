namespace EcomBot.Bot.Conversation;

/// <summary>Where a flow's own labelled examples live: <c>examples.csv</c> in the flow's folder, embedded in the bot
/// assembly under the folder's namespace (<c>EcomBot.Bot.Conversation.Discovery.examples.csv</c>).</summary>
public static class FlowExamples
{
    public static string Beside<TFlow>() where TFlow : IConversationFlow => typeof(TFlow).Namespace + ".examples.csv";
}
