using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Handoff;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Policies;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// Decides who answers a turn: a command that works anywhere, the active flow, or the flow for the predicted
/// intent; otherwise a clarifying question. Channel-agnostic: it sees <see cref="CustomerMessage"/> and returns
/// <see cref="BotReply"/> values.
/// </summary>
public sealed class ConversationRouter(
    IIntentClassifier classifier,
    IEnumerable<IConversationFlow> flows,
    IOptions<ConversationRouterOptions> options,
    TimeProvider clock,
    IRuleQuestionRedirect? ruleQuestions = null)
{
    private readonly IReadOnlyList<IConversationFlow> _flows = flows.ToList();
    private readonly ConversationRouterOptions _options = options.Value;

    public IReadOnlyList<BotReply> Welcome(ConversationData conversation)
    {
        conversation.Welcomed = true;
        conversation.Record("bot", StandardReplies.Welcome.Text, clock.GetUtcNow());
        return [StandardReplies.Welcome];
    }

    public async Task<IReadOnlyList<BotReply>> RouteAsync(
        CustomerMessage message, ConversationData conversation, CancellationToken cancellationToken)
    {
        conversation.Record("customer", message.Text, clock.GetUtcNow());
        // Choices count as answers for one turn only, and only when the active flow offered them (see RunAsync).
        var choices = new LastOffer(conversation.OfferedChoices, conversation.OfferedChoiceWords, conversation.AwaitingFreeText);
        conversation.OfferedChoices = [];
        conversation.OfferedChoiceWords = [];
        conversation.AwaitingFreeText = false;
        var replies = await AnswerAsync(message, conversation, choices, cancellationToken);
        foreach (var reply in replies)
        {
            conversation.Record("bot", reply.Text, clock.GetUtcNow());
        }
        return replies;
    }

    private async Task<IReadOnlyList<BotReply>> AnswerAsync(
        CustomerMessage message, ConversationData conversation, LastOffer offeredChoices, CancellationToken cancellationToken)
    {
        var offered = conversation.PersonOffered;
        conversation.PersonOffered = null;
        var command = ConversationCommands.Match(message.Text);
        if (command == Intents.ContactHumanAgent || (offered is not null && ConversationCommands.IsYes(message.Text)))
        {
            var slots = new Dictionary<string, string> { [HandoffFlow.ReasonSlot] = offered ?? nameof(HandoffReason.CustomerAsked) };
            var handoff = new IntentPrediction(Intents.ContactHumanAgent, 1, slots);
            if (_flows.FirstOrDefault(f => f.Handles(Intents.ContactHumanAgent)) is { } handoffFlow)
            {
                return await RunAsync(handoffFlow, message, handoff, conversation, start: true, cancellationToken);
            }
        }

        switch (command)
        {
            case Intents.Help:
                return [StandardReplies.Help];
            case Intents.StartOver:
                var hadFlow = conversation.ActiveFlow is not null;
                conversation.ActiveFlow = null;
                conversation.FlowState = null;
                conversation.UnhelpfulTurns = 0;
                return [hadFlow ? StandardReplies.StartedOver : StandardReplies.NothingToStop];
            case Intents.Greeting when conversation.ActiveFlow is null:
                return [StandardReplies.Welcome];
        }

        var replies = await RouteToFlowAsync(message, conversation, offeredChoices, cancellationToken);
        if (conversation.PersonOffered is null && FrustrationSignal.IsFrustrated(message.Text))
        {
            conversation.PersonOffered = nameof(HandoffReason.Frustration);
            return [.. replies, StandardReplies.OfferPersonAfterFrustration];
        }
        return replies;
    }

    private async Task<IReadOnlyList<BotReply>> RouteToFlowAsync(
        CustomerMessage message, ConversationData conversation, LastOffer offeredChoices, CancellationToken cancellationToken)
    {
        var prediction = await classifier.ClassifyAsync(message.Text, cancellationToken);
        // A message that is only who the customer is identifies them (see IdentifyCustomerFlow for why by rule). A
        // question about the rules ("can I cancel a delivered order?") is answered before any action flow starts,
        // whatever action intent the classifier saw in it. An active flow keeps its own turns.
        if (conversation.ActiveFlow is null && CustomerIdentification.IsOnlyIdentity(message.Text, prediction))
        {
            prediction = new IntentPrediction(Intents.Identify, 1, prediction.Slots);
        }
        else if (conversation.ActiveFlow is null && ruleQuestions is not null
            && await ruleQuestions.RedirectAsync(message.Text, prediction, cancellationToken) is { } ruleQuestion)
        {
            prediction = ruleQuestion;
        }
        var active = _flows.FirstOrDefault(f => f.Name == conversation.ActiveFlow);
        if (active is not null && !IsClearTopicChange(active, message, prediction, offeredChoices))
        {
            return await RunAsync(active, message, prediction, conversation, start: false, cancellationToken);
        }

        var next = prediction.Confidence >= _options.MinimumConfidence
            ? _flows.FirstOrDefault(f => f.Handles(prediction.Intent))
            : null;
        if (next is null)
        {
            return prediction.Confidence >= _options.MinimumConfidence && Courtesy(prediction.Intent) is { } courtesy
                ? [courtesy]
                : Unhelpful(conversation, [StandardReplies.Clarify]);
        }

        conversation.ActiveFlow = null;
        conversation.FlowState = null;
        return await RunAsync(next, message, prediction, conversation, start: true, cancellationToken);
    }

    /// <summary>A thank-you or a greeting the command phrases did not catch: answered politely, never "not sure what you mean".</summary>
    private static BotReply? Courtesy(string intent) => intent switch
    {
        Intents.Thanks => StandardReplies.YouAreWelcome,
        Intents.Greeting => StandardReplies.Welcome,
        _ => null,
    };

    private bool IsClearTopicChange(
        IConversationFlow active, CustomerMessage message, IntentPrediction prediction, LastOffer offered) =>
        !FlowAnswers.IsAnswer(message.Text, prediction, offered.Titles, offered.Words)
        && (!offered.FreeText || FlowAnswers.IsQuestion(message.Text) || FlowAnswers.IsRequest(message.Text))
        && prediction.Confidence >= _options.TopicSwitchConfidence
        && !active.Handles(prediction.Intent)
        && _flows.Any(f => f.Handles(prediction.Intent));

    private async Task<IReadOnlyList<BotReply>> RunAsync(
        IConversationFlow flow, CustomerMessage message, IntentPrediction prediction,
        ConversationData conversation, bool start, CancellationToken cancellationToken)
    {
        var turn = new FlowTurn(message, prediction, conversation, flow.Name);
        if (start)
        {
            await flow.StartAsync(turn, cancellationToken);
        }
        else
        {
            await flow.ContinueAsync(turn, cancellationToken);
        }

        if (turn.Replies.Count == 0)
        {
            return Unhelpful(conversation, [StandardReplies.Clarify]);
        }
        if (conversation.ActiveFlow == flow.Name)
        {
            conversation.OfferedChoices = [.. turn.Replies.SelectMany(r => r.SuggestedActions)];
            conversation.OfferedChoiceWords = [.. turn.ChoiceWords];
            conversation.AwaitingFreeText = turn.ExpectsFreeText;
        }
        if (!turn.Unhelpful)
        {
            conversation.UnhelpfulTurns = 0;
            return turn.Replies;
        }
        return Unhelpful(conversation, turn.Replies);
    }

    private IReadOnlyList<BotReply> Unhelpful(ConversationData conversation, IReadOnlyList<BotReply> replies)
    {
        conversation.UnhelpfulTurns++;
        if (conversation.UnhelpfulTurns < _options.UnhelpfulTurnsBeforeOfferingPerson)
        {
            return replies;
        }
        conversation.PersonOffered = nameof(HandoffReason.RepeatedFailure);
        return [.. replies, StandardReplies.OfferPerson];
    }

    /// <summary>What the active flow offered last turn: the suggested actions and further words that pick one.</summary>
    /// <summary>What the active flow asked for last turn: suggested actions, other words naming them, or free text.</summary>
    private sealed record LastOffer(IReadOnlyList<string> Titles, IReadOnlyList<string> Words, bool FreeText);
}
