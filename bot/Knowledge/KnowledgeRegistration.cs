namespace EcomBot.Bot.Knowledge;

public static class KnowledgeRegistration
{
    /// <summary>Registers the knowledge base: embeddings, the configured index backend, ingestion, product and policy search, and the CLI verbs.</summary>
    public static IHostApplicationBuilder AddEcomBotKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddEcomBotEmbeddings();
        return builder;
    }
}
