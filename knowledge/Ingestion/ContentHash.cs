using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EcomBot.Knowledge.Ingestion;

/// <summary>
/// Hash of everything a stored document is made from, including the embedding model: when none of it changed the
/// document is not embedded or written again, and switching models rewrites everything.
/// </summary>
public static class ContentHash
{
    public static string Of(SourceDocument document, string embeddingModel)
    {
        var material = string.Join('\u001f', embeddingModel, document.EmbeddingText, document.LexicalText, JsonSerializer.Serialize(document.Payload));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
