using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcomBot.Bot.Capabilities.Handoff;

namespace EcomBot.TestSupport;

/// <summary>The support desk's end of the hand-off webhook: accepts every POST and keeps the hand-off it carried.</summary>
public sealed class SupportDeskWebhook : HttpMessageHandler
{
    private readonly List<HandoffEvent> _handoffs = [];

    public IReadOnlyList<HandoffEvent> Handoffs => _handoffs;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Assert.Equal(HttpMethod.Post, request.Method);
        var handoff = await request.Content!.ReadFromJsonAsync<HandoffEvent>(JsonSerializerOptions.Web, cancellationToken);
        _handoffs.Add(Assert.IsType<HandoffEvent>(handoff));
        return new HttpResponseMessage(HttpStatusCode.Accepted);
    }
}
