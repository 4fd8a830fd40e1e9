using System.Diagnostics;
using EcomBot.Bot.Conversation.Routing.Model;
using EcomBot.Bot.Conversation.Routing.Training;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// Owns the router's trained model: loads the one shipped with the app (trained at build time), else the cached one,
/// else trains it (in the background, once, showing progress), and hands it out when ready. Until then
/// <see cref="Current"/> is null and the classifier answers "unknown", so the router asks the customer to clarify
/// rather than waiting.
/// </summary>
public sealed partial class IntentModelProvider(
    IReadOnlyList<LabelledUtterance> examples,
    IntentFeaturizer featurizer,
    IntentModelCache cache,
    ILogger<IntentModelProvider> logger,
    IntentModelCache? shipped = null)
{
    /// <summary>The folder beside the app where the build puts the trained model.</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "intent-model");

    /// <summary>The identity of the model these examples, hyperparameters and embedding train.</summary>
    public string Key => IntentModelCache.Key(examples, featurizer.Hyperparameters, featurizer.EmbeddingIdentity);

    // Several hosts in one process (integration tests) share the cache folder: one trains, the others then load its file.
    private static readonly SemaphoreSlim TrainingGate = new(1, 1);

    private readonly Lock _gate = new();
    private Task<SoftmaxModel>? _loading;

    /// <summary>The model if it has finished loading or training; null before that.</summary>
    public SoftmaxModel? Current => _loading is { IsCompletedSuccessfully: true } loading ? loading.Result : null;

    /// <summary>How the current model was obtained, for logs and the eval verb.</summary>
    public string? Source { get; private set; }

    /// <summary>Starts loading or training if not started yet (or if the last attempt failed) and waits for the model.</summary>
    public Task<SoftmaxModel> GetModelAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_loading is null || _loading.IsFaulted || _loading.IsCanceled)
            {
                _loading = Task.Run(LoadOrTrainAsync, CancellationToken.None);
            }
            return _loading.WaitAsync(cancellationToken);
        }
    }

    private async Task<SoftmaxModel> LoadOrTrainAsync()
    {
        await TrainingGate.WaitAsync();
        try
        {
            return await LoadOrTrainOnceAsync();
        }
        finally
        {
            TrainingGate.Release();
        }
    }

    private async Task<SoftmaxModel> LoadOrTrainOnceAsync()
    {
        var key = Key;
        if (shipped?.TryLoad(key) is { } built)
        {
            Source = $"shipped {shipped.PathFor(key)}";
            LogLoaded(shipped.PathFor(key), built.Labels.Count);
            return built;
        }
        if (cache.TryLoad(key) is { } cached)
        {
            Source = $"cache {cache.PathFor(key)}";
            LogLoaded(cache.PathFor(key), cached.Labels.Count);
            return cached;
        }

        LogTraining(examples.Count, featurizer.UsesEmbeddings, shipped?.Directory ?? "(none)");
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var model = await IntentModelTrainer.TrainAsync(examples, featurizer, CancellationToken.None);
            LogTrained(stopwatch.Elapsed.TotalSeconds, model.Temperature);
            TrySave(key, model);
            Source = $"trained in {stopwatch.Elapsed.TotalSeconds:F1} s";
            return model;
        }
        catch (Exception e)
        {
            LogTrainingFailed(e);
            throw;
        }
    }

    // A read-only or full disk costs start-up time on the next run, not correctness, so it is logged and not thrown.
    private void TrySave(string key, SoftmaxModel model)
    {
        try
        {
            cache.Save(key, model);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogCacheWriteFailed(cache.Directory, e);
        }
    }

    [LoggerMessage(LogLevel.Information, "Intent model loaded from {Path} ({Intents} intents)")]
    private partial void LogLoaded(string path, int intents);

    [LoggerMessage(LogLevel.Warning, "No shipped intent model in {ShippedDirectory} matches this configuration: training one on {Examples} utterances (embeddings: {UsesEmbeddings}); this takes about a minute on two cores, and customers are asked to rephrase until it is ready")]
    private partial void LogTraining(int examples, bool usesEmbeddings, string shippedDirectory);

    [LoggerMessage(LogLevel.Information, "Intent model trained in {Seconds:F1} s (temperature {Temperature:F3})")]
    private partial void LogTrained(double seconds, float temperature);

    [LoggerMessage(LogLevel.Error, "Training the intent model failed; the router asks customers to clarify until it succeeds")]
    private partial void LogTrainingFailed(Exception exception);

    [LoggerMessage(LogLevel.Warning, "Could not write the intent model cache in {Directory}")]
    private partial void LogCacheWriteFailed(string directory, Exception exception);
}
