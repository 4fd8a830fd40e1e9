using EcomBot.TestSupport;
using System.Text.Json.Nodes;
using EcomBot.Integration.Tests.Hosting;
using EcomBot.Integration.Tests.Journeys;

namespace EcomBot.Integration.Tests.Assistant;

/// <summary>The bot on its model path, pointed at a scripted model server, and one customer's conversation with it
/// through the real adapter (<c>/api/messages</c>, <c>expectReplies</c>).</summary>
internal sealed class ModelConversation : IAsyncDisposable
{
    public const string ModelName = "scripted-model";

    private readonly HttpClient _client;
    private readonly ChannelConversation _conversation;

    private ModelConversation(ScriptedChatModel model, EcomBotApp app)
    {
        Model = model;
        App = app;
        _client = app.CreateClient();
        _conversation = new ChannelConversation(_client, ChannelConversation.NewId());
    }

    public ScriptedChatModel Model { get; }

    public EcomBotApp App { get; }

    public static async Task<ModelConversation> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var model = await ScriptedChatModel.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["AI:Provider"] = "OpenAICompatible",
            ["AI:Endpoint"] = model.Endpoint,
            ["AI:Model"] = ModelName,
            ["AI:TimeoutSeconds"] = "3",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var app = new EcomBotApp(settings: all);
        await ChannelConversation.WhenReadyAsync(app.Services);
        return new ModelConversation(model, app);
    }

    public Task<string> SayAsync(string text) => _conversation.SayTextAsync(text);

    /// <summary>The names of the tools a request offered.</summary>
    public static IReadOnlyList<string> ToolNames(JsonObject request) =>
        [.. request["tools"]?.AsArray().Select(t => (string)t!["function"]!["name"]!) ?? []];

    /// <summary>The content of the tool results a request carried back to the model, in order.</summary>
    public static IReadOnlyList<string> ToolResults(JsonObject request) =>
        [.. request["messages"]!.AsArray().Where(m => (string?)m!["role"] == "tool").Select(m => m!["content"]!.ToString())];

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await App.DisposeAsync();
        await Model.DisposeAsync();
    }
}
