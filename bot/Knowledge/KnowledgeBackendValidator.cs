using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Knowledge;

/// <summary>The Qdrant backend needs <c>Qdrant:Endpoint</c>; fail at start-up naming the key rather than at the first search.</summary>
internal sealed class KnowledgeBackendValidator(IOptions<QdrantOptions> qdrant) : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options) =>
        options.Backend == KnowledgeBackend.Qdrant && string.IsNullOrWhiteSpace(qdrant.Value.Endpoint)
            ? ValidateOptionsResult.Fail("Knowledge:Backend is Qdrant but Qdrant:Endpoint is not set (e.g. http://localhost:6334).")
            : ValidateOptionsResult.Success;
}
