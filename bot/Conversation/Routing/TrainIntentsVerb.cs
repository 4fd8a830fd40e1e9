using EcomBot.Bot.Cli;
using EcomBot.Bot.Conversation.Routing.Model;

namespace EcomBot.Bot.Conversation.Routing;

/// <summary>
/// <c>train-intents --out DIR</c>: trains the intent model the app would use with its shipped data and settings (or
/// takes it from the cache) and writes it to DIR. The build runs it, so the app ships with its model and no replica
/// trains at start-up.
/// </summary>
internal sealed class TrainIntentsVerb(IntentModelProvider models) : ICliVerb
{
    public string Name => "train-intents";

    public string Usage => "train-intents --out DIR   train the shipped intent model (the build runs this)";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var output = new IntentModelCache(Path.GetFullPath(args.RequiredOption("out")));
        var model = await models.GetModelAsync(cancellationToken);
        output.Save(models.Key, model);
        Console.WriteLine($"intent model {models.Source} -> {output.PathFor(models.Key)}");
        return 0;
    }
}
