using EcomBot.Integration.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>
/// What a web chat conversation writes to the log at the shipped levels (appsettings.json): the framework's line per
/// HTTP call, per Bot Framework send and per kernel function is noise at Information; the app's own lines stay.
/// </summary>
public sealed class DirectLineLogVolumeTests : IDisposable
{
    private static readonly string[] NoisyCategories =
    [
        "System.Net.Http.HttpClient", "Microsoft.SemanticKernel", "Microsoft.AspNetCore", "EcomBot.Bot.BotFramework.EcomBotAdapter",
    ];

    private readonly CapturedLogs _logs = new();
    private readonly EcomBotApp _app;
    private readonly DirectLineClient _client;

    public DirectLineLogVolumeTests()
    {
        _app = new EcomBotApp(onKestrel: true, testServices: _logs.AddTo);
        _client = new DirectLineClient(_app.CreateSocketClient());
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AWebChatConversationLogsNoLineForEachHttpCallSendOrKernelFunction()
    {
        var conversation = await _client.StartWithNewTokenAsync();
        var before = _logs.Entries.Count;
        string[] turns = ["where is my order?", "ivan.santos3158@example.com", "#W3913498", "help", "how long does a refund take?"];
        foreach (var text in turns)
        {
            (await _client.PostTextAsync(conversation.Id, conversation.Token, text)).EnsureSuccessStatusCode();
        }

        var texts = await _client.BotTextsAsync(conversation);
        Assert.Contains(texts, t => t.Contains("Order #W3913498", StringComparison.Ordinal));
        // Start-up work (the search index) may still be logging while the conversation runs: not a turn's lines.
        var duringTurns = _logs.Entries.Skip(before)
            .Where(e => e.Level == LogLevel.Information && !e.Category.Contains(".Knowledge.", StringComparison.Ordinal))
            .ToList();
        var noisy = duringTurns.Where(e => NoisyCategories.Any(c => e.Category.StartsWith(c, StringComparison.Ordinal))).ToList();
        Assert.True(noisy.Count == 0, string.Join('\n', noisy.Take(10).Select(e => $"{e.Category}: {e.Message}")));
        Assert.True(duringTurns.Count <= turns.Length, string.Join('\n', duringTurns.Select(e => $"{e.Category}: {e.Message}")));
    }
}
