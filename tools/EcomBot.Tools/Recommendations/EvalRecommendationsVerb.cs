using EcomBot.Bot.Capabilities.Recommendations;
using System.Globalization;
using EcomBot.Bot.Cli;
using EcomBot.Bot.Commerce;
using Microsoft.Extensions.Options;

namespace EcomBot.Tools.Recommendations;

/// <summary><c>eval recommendations</c>: prints the hold-out hit rates of the configured ranking and of popularity alone.</summary>
public sealed class EvalRecommendationsVerb(StoreDatabase database, IOptions<RecommendationOptions> options) : ICliVerb
{
    private static readonly int[] Ks = [1, 3, 5, 10];

    public string Name => "eval recommendations";

    public string Usage => "eval recommendations   hold-out hit rate@k of co-purchase ranking vs popularity on the demo orders";

    public Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        foreach (var result in HoldOutEvaluation.Run(database, options.Value, Ks))
        {
            var rates = string.Join(' ', result.HitRateAtK.Select(r => string.Create(CultureInfo.InvariantCulture, $"hit@{r.Key}={r.Value:F3}")));
            Console.WriteLine($"{result.Ranking}: customers={result.Customers} {rates}");
        }
        return Task.FromResult(0);
    }
}
