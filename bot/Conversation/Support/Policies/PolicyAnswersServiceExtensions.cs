namespace EcomBot.Bot.Conversation.Support.Policies;

public static class PolicyAnswersServiceExtensions
{
    /// <summary>
    /// Registers policy answers: the flow for question intents and the routing rule that answers rule questions labelled
    /// with an action intent first. Register after identification (see its registration).
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotPolicyAnswers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<PolicyQuestionFlow>();
        builder.Services.AddEcomBotRoutingRule<RuleQuestionRedirect>();
        return builder;
    }
}
