using EcomBot.Bot.Knowledge;
using EcomBot.Bot.Cli;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace EcomBot.Tools.Knowledge;

/// <summary><c>bench knowledge</c>: ingestion throughput and embedded query latency at several catalogue sizes.</summary>
internal sealed class BenchKnowledgeVerb(IEmbeddingGenerator<string, Embedding<float>> embeddings, IOptions<KnowledgeOptions> options) : ICliVerb
{
    public string Name => "bench knowledge";

    public string Usage => "bench knowledge [--sizes 1000,100000,1000000] [--queries 200] [--embed-limit 1000]";

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var sizes = (args.Option("sizes") ?? "1000,100000,1000000").Split(',').Select(s => int.TryParse(s, out var n) && n > 0 ? n : throw new CliUsageException($"bad size '{s}'"));
        var benchmark = new KnowledgeBenchmark(embeddings, options.Value.EmbeddingDimensions, Console.Out);
        Console.WriteLine($"embedded index, {Environment.ProcessorCount} cores; products beyond --embed-limit get random vectors instead of MiniLM embeddings");
        foreach (var size in sizes)
        {
            await benchmark.RunAsync(size, args.IntOption("queries", 200), args.IntOption("embed-limit", 1000), cancellationToken);
            GC.Collect();
        }
        return 0;
    }
}
