using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Capabilities.Handoff;

/// <summary>
/// Delivers a hand-off to the support desk: POSTs it to the configured webhook, or logs it when no webhook is configured
/// or the webhook fails, so a hand-off is never silently lost. A log line names no customer and carries nothing a
/// customer typed unmasked or able to start a line of its own (see <see cref="HandoffLogLine"/>).
/// </summary>
public sealed partial class HandoffPublisher(HttpClient http, IOptions<HandoffOptions> options, ILogger<HandoffPublisher> logger)
{
    /// <summary>Returns true when the support desk's webhook accepted the hand-off.</summary>
    public async Task<bool> PublishAsync(HandoffEvent handoff, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.WebhookUrl))
        {
            LogHandoff(handoff.Reference, handoff.Reason, HandoffLogLine.Channel(handoff), HandoffLogLine.Customer(handoff), HandoffLogLine.Conversation(handoff));
            return false;
        }
        try
        {
            using var response = await http.PostAsJsonAsync(options.Value.WebhookUrl, handoff, JsonSerializerOptions.Web, cancellationToken);
            response.EnsureSuccessStatusCode();
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            LogWebhookFailed(e, handoff.Reference, handoff.Reason, HandoffLogLine.Channel(handoff), HandoffLogLine.Customer(handoff), HandoffLogLine.Conversation(handoff));
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hand-off {Reference} ({Reason}) on {ChannelId} for customer {CustomerPseudonym}: {Conversation}")]
    private partial void LogHandoff(string reference, HandoffReason reason, string channelId, string customerPseudonym, string conversation);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Hand-off webhook failed; hand-off {Reference} ({Reason}) on {ChannelId} for customer {CustomerPseudonym}: {Conversation}")]
    private partial void LogWebhookFailed(Exception e, string reference, HandoffReason reason, string channelId, string customerPseudonym, string conversation);
}
