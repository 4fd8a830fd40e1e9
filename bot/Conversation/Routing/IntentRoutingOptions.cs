using System.ComponentModel.DataAnnotations;
using EcomBot.Bot.Conversation.Routing.Model;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>Settings of the learned intent router (section <c>IntentRouting</c>).</summary>
public sealed class IntentRoutingOptions
{
    public const string SectionName = "IntentRouting";

    private static readonly IntentModelHyperparameters Defaults = new();

    /// <summary>
    /// Where trained weights are cached. Empty means the user's local application data folder
    /// (<c>EcomBot/intent-models</c>), or the temp folder where there is none. Never inside the repository.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>The store catalogue whose product options (colours, sizes, materials ...) are recognised as slots.</summary>
    [Required]
    public string ProductCatalogPath { get; set; } = Path.Combine("data", "tau2-retail", "db.json");

    /// <summary>Use the shared sentence embedding as features when one is registered; lexical features only otherwise.</summary>
    public bool UseEmbeddings { get; set; } = true;

    [Range(0, int.MaxValue)]
    public int Seed { get; set; } = Defaults.Seed;

    [Range(1, 200)]
    public int Epochs { get; set; } = Defaults.Epochs;

    [Range(1e-4, 10.0)]
    public float LearningRate { get; set; } = Defaults.LearningRate;

    [Range(0.0, 1.0)]
    public float L2 { get; set; } = Defaults.L2;

    [Range(10, 22)]
    public int HashBits { get; set; } = Defaults.HashBits;

    [Range(0.0, 10.0)]
    public float EmbeddingWeight { get; set; } = Defaults.EmbeddingWeight;

    [Range(0.0, 10.0)]
    public float LexicalWeight { get; set; } = Defaults.LexicalWeight;

    [Range(0.02, 0.5)]
    public double CalibrationFraction { get; set; } = Defaults.CalibrationFraction;

    public IntentModelHyperparameters Hyperparameters() => new()
    {
        Seed = Seed,
        Epochs = Epochs,
        LearningRate = LearningRate,
        L2 = L2,
        HashBits = HashBits,
        EmbeddingWeight = EmbeddingWeight,
        LexicalWeight = LexicalWeight,
        CalibrationFraction = CalibrationFraction,
    };

    public string ResolvedCacheDirectory()
    {
        if (!string.IsNullOrWhiteSpace(CacheDirectory))
        {
            return Path.GetFullPath(CacheDirectory);
        }
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return Path.Combine(string.IsNullOrEmpty(appData) ? Path.GetTempPath() : appData, "EcomBot", "intent-models");
    }

    public string ResolvedProductCatalogPath() => Path.IsPathRooted(ProductCatalogPath)
        ? ProductCatalogPath
        : Path.Combine(AppContext.BaseDirectory, ProductCatalogPath);
}
