using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.Knowledge;

/// <summary>Where the knowledge base lives and how text is embedded (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary><c>Embedded</c> (in-process index with a snapshot file, the default) or <c>Qdrant</c> (see section <c>Qdrant</c>).</summary>
    public KnowledgeBackend Backend { get; set; } = KnowledgeBackend.Embedded;

    /// <summary>Snapshot file of the embedded index, so a restart does not re-embed. Relative paths are under the
    /// content root; empty means <c>App_Data/knowledge.snapshot.bin</c> there.</summary>
    public string? SnapshotPath { get; set; }

    /// <summary>Folder holding <c>tau2-retail/db.json</c> and <c>policies/*.md</c>; empty means the copy shipped beside the executable.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>An OpenAI-compatible embeddings endpoint (OpenAI, Azure OpenAI, Ollama, vLLM). Empty means the local MiniLM model.</summary>
    [Url]
    public string? EmbeddingEndpoint { get; set; }

    /// <summary>The hosted embedding model's name; used only with <see cref="EmbeddingEndpoint"/>.</summary>
    public string EmbeddingModel { get; set; } = "text-embedding-3-small";

    /// <summary>The hosted endpoint's key; used only with <see cref="EmbeddingEndpoint"/>.</summary>
    public string? EmbeddingApiKey { get; set; }

    /// <summary>Vector size of the embedding model (384 for MiniLM); the index is created with it.</summary>
    [Range(8, 8192)]
    public int EmbeddingDimensions { get; set; } = 384;

    /// <summary>Ingest the catalogue and help articles when the bot starts (idempotent: unchanged documents are skipped).</summary>
    public bool IngestOnStart { get; set; } = true;

    /// <summary>Policy passages less similar than this are never offered as an answer; those above it must also show a sign of
    /// answering (see <c>AnswerEvidence</c>). When none is left the caller is told nothing reliable was found.</summary>
    [Range(0.0, 1.0)]
    public double PolicyMinScore { get; set; } = 0.30;
}

public enum KnowledgeBackend
{
    Embedded,
    Qdrant,
}
