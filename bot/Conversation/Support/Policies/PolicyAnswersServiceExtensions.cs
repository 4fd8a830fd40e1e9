
namespace EcomBot.Bot.Conversation.Support.Policies;

public static class PolicyAnswersServiceExtensions
{
    /// <summary>
    /// Registers policy answers: the flow for question intents and the redirect the router consults so rule questions
    /// labelled with an action intent are answered first, and the <c>eval policies</c> verb. Needs the knowledge base (<c>AddEcomBotKnowledge</c>).
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotPolicyAnswers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IConversationFlow, PolicyQuestionFlow>();
        builder.Services.AddSingleton<IRuleQuestionRedirect, RuleQuestionRedirect>();
        return builder;
    }
}
