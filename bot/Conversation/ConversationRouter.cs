using EcomBot.Bot.Assistant;
using EcomBot.Bot.Capabilities.Handoff;
using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Routing.Reading;
using EcomBot.Bot.Conversation.Routing.Slots;
using EcomBot.Bot.Plugins.Calls;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Conversation;

/// <summary>
/// Decides who answers a turn: a command that works anywhere, the active flow, or the flow for the predicted
/// intent (after the registered routing rules had their say); otherwise a clarifying question. Channel-agnostic: it
/// sees <see cref="CustomerMessage"/> and returns <see cref="BotReply"/> values. It knows flows only by their descriptors.
/// </summary>
public sealed class ConversationRouter(
    IIntentClassifier classifier,
    FlowCatalog flows,
    TurnSessions sessions,
    IOptions<ConversationRouterOptions> options,
    TimeProvider clock,
    IEnumerable<IRoutingRule> rules,
    IEnumerable<ITurnStart> turnStarts,
    IEnumerable<ITurnFinish> turnFinishes,
    IAssistantPath assistant)
{
    private readonly IReadOnlyList<IRoutingRule> _rules = [.. rules];
    private readonly IReadOnlyList<ITurnStart> _turnStarts = [.. turnStarts];
    private readonly IReadOnlyList<ITurnFinish> _turnFinishes = [.. turnFinishes];
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
        conversation.Turn++;
        conversation.Record("customer", message.Text, clock.GetUtcNow());
        // Choices count as answers for one turn only, and only when the active flow offered them (see RunAsync).
        var choices = new LastOffer(conversation.OfferedChoices, conversation.OfferedChoiceWords, conversation.AwaitingFreeText);
        conversation.OfferedChoices = [];
        conversation.OfferedChoiceWords = [];
        conversation.AwaitingFreeText = false;
        var functions = sessions.FunctionsFor(message, conversation);
        await BeginAsync(message, conversation, functions, cancellationToken);
        var replies = Recorded(conversation, await AnswerAsync(message, conversation, functions, choices, cancellationToken));
        await FinishAsync(message, conversation, functions, cancellationToken);
        return replies;
    }

    /// <summary>
    /// Starts a flow without a customer message (a campaign message the customer may answer, a button of the bot's
    /// own): the flow's first turn sees an empty message and <paramref name="parameters"/> as its slots.
    /// </summary>
    public async Task<IReadOnlyList<BotReply>> StartFlowAsync(
        string flowName, CustomerMessage context, IReadOnlyDictionary<string, string> parameters, ConversationData conversation,
        CancellationToken cancellationToken)
    {
        var flow = flows.Named(flowName) ?? throw new ArgumentException($"No flow is named '{flowName}'.", nameof(flowName));
        conversation.Turn++;
        var functions = sessions.FunctionsFor(context with { Text = "" }, conversation);
        await BeginAsync(context, conversation, functions, cancellationToken);
        ProposalAnswers.Withdraw(functions.Session);
        conversation.ActiveFlow = null;
        conversation.FlowState = null;
        var prediction = new IntentPrediction(flow.Descriptor.Intents.FirstOrDefault() ?? Intents.Unknown, 1, parameters);
        var replies = Recorded(conversation, await RunAsync(flow, context with { Text = "" }, prediction, conversation, functions, start: true, cancellationToken));
        await FinishAsync(context, conversation, functions, cancellationToken);
        return replies;
    }

    private async Task BeginAsync(CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        foreach (var step in _turnStarts)
        {
            await step.BeginAsync(message, conversation, functions, cancellationToken);
        }
    }

    private async Task FinishAsync(CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        foreach (var step in _turnFinishes)
        {
            await step.FinishAsync(message, conversation, functions, cancellationToken);
        }
    }

    private IReadOnlyList<BotReply> Recorded(ConversationData conversation, IReadOnlyList<BotReply> replies)
    {
        foreach (var reply in replies)
        {
            conversation.Record("bot", reply.Text, clock.GetUtcNow());
        }
        return replies;
    }

    private async Task<IReadOnlyList<BotReply>> AnswerAsync(
        CustomerMessage message, ConversationData conversation, TurnFunctions functions, LastOffer offeredChoices, CancellationToken cancellationToken)
    {
        var offered = conversation.PersonOffered;
        conversation.PersonOffered = null;
        var offeredNext = conversation.OfferedNext;
        conversation.OfferedNext = null;
        if (offeredNext is not null && offered is null && conversation.ActiveFlow is null && ConversationCommands.IsYes(message.Text))
        {
            // "yes" to "If you'd like, I can help you with that now.": the request offered, as if the customer had written it.
            message = message with { Text = offeredNext };
        }
        var command = ConversationCommands.Match(message.Text);
        if ((command == Intents.ContactHumanAgent || (offered is not null && ConversationCommands.IsYes(message.Text)))
            && flows.ForIntent(Intents.ContactHumanAgent) is { } handoffFlow)
        {
            ProposalAnswers.Withdraw(functions.Session);
            var slots = new Dictionary<string, string> { [SlotKeys.HandoffReason] = offered ?? nameof(HandoffReason.CustomerAsked) };
            var handoff = new IntentPrediction(Intents.ContactHumanAgent, 1, slots);
            return await RunAsync(handoffFlow, message, handoff, conversation, functions, start: true, cancellationToken);
        }

        switch (command)
        {
            case Intents.Help:
                return [StandardReplies.Help];
            case Intents.StartOver:
                ProposalAnswers.Withdraw(functions.Session);
                var hadFlow = conversation.ActiveFlow is not null;
                conversation.ActiveFlow = null;
                conversation.FlowState = null;
                conversation.UnhelpfulTurns = 0;
                return [hadFlow ? StandardReplies.StartedOver : StandardReplies.NothingToStop];
            case Intents.Greeting when conversation.ActiveFlow is null:
                return [StandardReplies.Welcome];
        }

        var (modelReplies, note) = await ModelFirstAsync(message, conversation, functions, cancellationToken);
        var replies = modelReplies
            ?? (UnreadableMessage.Read(message.Text) is { } unreadable
                ? KeepTheFlowsQuestion(conversation, offeredChoices, EnglishOnlyReplies.For(unreadable, offeredChoices.Titles))
                : await RouteToFlowAsync(message, conversation, functions, offeredChoices, cancellationToken));
        replies = note is null ? replies : [note, .. replies];
        if (!FrustrationSignal.IsFrustrated(message.Text))
        {
            return replies;
        }
        // The frustration is acknowledged first, every time; a person is offered once in a while, not on every turn.
        replies = [StandardReplies.SorryForTheTrouble, .. replies];
        if (conversation.PersonOffered is null && MayOfferPerson(conversation))
        {
            OfferedPerson(conversation, nameof(HandoffReason.Frustration));
            replies = [.. replies, StandardReplies.OfferPersonAfterFrustration];
        }
        return replies;
    }

    /// <summary>The chat model's answer when it takes the turn before the flows (see <see cref="IAssistantPath"/>); null when
    /// the flows answer. A fall-back's note, if any, goes before the flows' answer.</summary>
    private async Task<(IReadOnlyList<BotReply>? Replies, BotReply? Note)> ModelFirstAsync(
        CustomerMessage message, ConversationData conversation, TurnFunctions functions, CancellationToken cancellationToken)
    {
        if (!assistant.TakesFirst(message, conversation, functions))
        {
            return (null, null);
        }
        var answer = await assistant.AnswerAsync(message, conversation, functions, cancellationToken);
        return (answer.Replies, answer.FallbackNote);
    }

    /// <summary>A message no flow can read leaves the flow in progress where it was: what it offered still answers it.</summary>
    private static IReadOnlyList<BotReply> KeepTheFlowsQuestion(ConversationData conversation, LastOffer offered, BotReply reply)
    {
        conversation.OfferedChoices = [.. offered.Titles];
        conversation.OfferedChoiceWords = [.. offered.Words];
        conversation.AwaitingFreeText = offered.FreeText;
        return [reply];
    }

    private bool MayOfferPerson(ConversationData conversation) =>
        conversation.PersonOfferedTurn is not { } last || conversation.Turn - last >= _options.TurnsBetweenPersonOffers;

    private static void OfferedPerson(ConversationData conversation, string reason)
    {
        conversation.PersonOffered = reason;
        conversation.PersonOfferedTurn = conversation.Turn;
    }

    private async Task<IReadOnlyList<BotReply>> RouteToFlowAsync(
        CustomerMessage message, ConversationData conversation, TurnFunctions functions, LastOffer offeredChoices, CancellationToken cancellationToken)
    {
        // A pressed button says what it asks for; its words are the customer's, not for the classifier to guess at.
        var pressed = ButtonAction.From(message.Value);
        var prediction = pressed?.Prediction ?? await classifier.ClassifyAsync(message.Text, cancellationToken);
        if (conversation.ActiveFlow is null && pressed is null)
        {
            prediction = await ReconsiderAsync(message, prediction, conversation, functions, cancellationToken);
        }
        var active = flows.Named(conversation.ActiveFlow);
        var switchedByRule = false;
        if (active is not null && pressed is null)
        {
            // A rule's reading may take the turn from the flow ("I'd also like to return the cleaner" while a search is open).
            var reconsidered = await ReconsiderAsync(message, prediction, conversation, functions, cancellationToken, whileFlowActive: true);
            switchedByRule = reconsidered != prediction && IsClearTopicChange(active, message, reconsidered, offeredChoices, byRule: true);
            prediction = switchedByRule ? reconsidered : prediction;
        }
        if (active is not null && !switchedByRule && !IsClearTopicChange(active, message, prediction, offeredChoices))
        {
            ProposalAnswers.Record(message, functions.Session);
            var kept = new FlowTurn(message, prediction, conversation, active.Descriptor, functions);
            await active.ContinueAsync(kept, cancellationToken);
            if (kept.Replies.Count > 0 || conversation.ActiveFlow is not null)
            {
                return await FollowedUpAsync(active, Answered(active, kept, conversation), message, conversation, functions, cancellationToken);
            }
            // The flow ended without a word: the message was not for it, so it is routed as if no flow were active.
            if (pressed is null)
            {
                prediction = await ReconsiderAsync(message, prediction, conversation, functions, cancellationToken);
            }
        }

        var next = prediction.Confidence >= _options.MinimumConfidence ? flows.ForIntent(prediction.Intent) : null;
        if (next is null)
        {
            if (prediction.Confidence >= _options.MinimumConfidence && Courtesy(prediction.Intent) is { } courtesy)
            {
                return [courtesy];
            }
            // Flows first: what no flow recognised goes to the chat model, if there is one.
            var answer = assistant.TakesUnrecognised ? await assistant.AnswerAsync(message, conversation, functions, cancellationToken) : null;
            return answer?.Replies ?? Unhelpful(conversation, answer?.FallbackNote is { } note ? [note, StandardReplies.Clarify] : [StandardReplies.Clarify]);
        }

        if (next.Descriptor.AnswersAside && conversation.ActiveFlow is { } asideOf)
        {
            return await AsideAsync(next, asideOf, message, prediction, conversation, functions, offeredChoices, cancellationToken);
        }
        ProposalAnswers.Withdraw(functions.Session);
        conversation.ActiveFlow = null;
        conversation.FlowState = null;
        return await RunAsync(next, message, prediction, conversation, functions, start: true, cancellationToken);
    }

    /// <summary>Answers with a flow that answers aside (see <see cref="FlowDescriptor.AnswersAside"/>); when it ends in that
    /// turn, the interrupted flow is active again, with what it offered and any proposal it awaits an answer to.</summary>
    private async Task<IReadOnlyList<BotReply>> AsideAsync(
        IConversationFlow aside, string interrupted, CustomerMessage message, IntentPrediction prediction,
        ConversationData conversation, TurnFunctions functions, LastOffer offered, CancellationToken cancellationToken)
    {
        var (state, version) = (conversation.FlowState, conversation.FlowStateVersion);
        conversation.ActiveFlow = null;
        conversation.FlowState = null;
        var replies = await RunAsync(aside, message, prediction, conversation, functions, start: true, cancellationToken, new InterruptedFlow(interrupted, state));
        if (conversation.ActiveFlow is null)
        {
            (conversation.ActiveFlow, conversation.FlowState, conversation.FlowStateVersion) = (interrupted, state, version);
            conversation.OfferedChoices = [.. offered.Titles];
            conversation.OfferedChoiceWords = [.. offered.Words];
            conversation.AwaitingFreeText = offered.FreeText;
        }
        else
        {
            ProposalAnswers.Withdraw(functions.Session);
        }
        return replies;
    }

    /// <summary>The routing rules' reading of the message, when one has one (see <see cref="IRoutingRule"/>); with a flow
    /// active, only the rules that read messages then.</summary>
    private async Task<IntentPrediction> ReconsiderAsync(
        CustomerMessage message, IntentPrediction prediction, ConversationData conversation, TurnFunctions functions,
        CancellationToken cancellationToken, bool whileFlowActive = false)
    {
        foreach (var rule in whileFlowActive ? _rules.Where(r => r.WhileFlowActive) : _rules)
        {
            if (await rule.ReconsiderAsync(message, prediction, conversation, functions, cancellationToken) is { } reconsidered)
            {
                return reconsidered;
            }
        }
        return prediction;
    }

    /// <summary>A thank-you or a greeting the command phrases did not catch: answered politely, never "not sure what you mean".</summary>
    private static BotReply? Courtesy(string intent) => intent switch
    {
        Intents.Thanks => StandardReplies.YouAreWelcome,
        Intents.Greeting => StandardReplies.Welcome,
        _ => null,
    };

    /// <param name="byRule">The reading is a routing rule's, which reads requests by their words ("cancel my pending order
    /// instead"): it may take the turn from a flow waiting for free text, as a question or a request may.</param>
    private bool IsClearTopicChange(
        IConversationFlow active, CustomerMessage message, IntentPrediction prediction, LastOffer offered, bool byRule = false) =>
        !FlowAnswers.IsAnswer(message.Text, prediction, offered.Titles, offered.Words)
        && (byRule || !FlowAnswers.OpensWithYesOrNo(message.Text, offered.Titles))
        && prediction.Confidence >= _options.TopicSwitchConfidence
        && !active.Descriptor.Intents.Contains(prediction.Intent)
        && !active.Descriptor.KeepsWhileActive.Contains(prediction.Intent)
        && flows.ForIntent(prediction.Intent) is { } next
        && (!offered.FreeText || byRule || FlowAnswers.IsQuestion(message.Text) || FlowAnswers.IsRequest(message.Text) || next.Descriptor.InterruptsFreeText);

    private async Task<IReadOnlyList<BotReply>> RunAsync(
        IConversationFlow flow, CustomerMessage message, IntentPrediction prediction,
        ConversationData conversation, TurnFunctions functions, bool start, CancellationToken cancellationToken,
        InterruptedFlow? interrupted = null)
    {
        var turn = new FlowTurn(message, prediction, conversation, flow.Descriptor, functions) { Interrupted = interrupted };
        if (start)
        {
            if (!flow.Descriptor.AnswersAside)
            {
                // A new request: what an earlier one left to follow no longer applies.
                (conversation.FollowUpFlow, conversation.FollowUpAfter, conversation.FollowUpRequest) = (null, null, null);
            }
            await flow.StartAsync(turn, cancellationToken);
        }
        else
        {
            await flow.ContinueAsync(turn, cancellationToken);
        }
        return await FollowedUpAsync(flow, Answered(flow, turn, conversation), message, conversation, functions, cancellationToken);
    }

    /// <summary>When <paramref name="ran"/> has ended and left a follow-up (see <see cref="FlowTurn.Then"/>), the follow-up
    /// flow starts in the same turn with the same request, and its replies follow.</summary>
    private async Task<IReadOnlyList<BotReply>> FollowedUpAsync(
        IConversationFlow ran, IReadOnlyList<BotReply> replies, CustomerMessage message, ConversationData conversation,
        TurnFunctions functions, CancellationToken cancellationToken)
    {
        if (conversation.ActiveFlow is not null || conversation.FollowUpAfter != ran.Descriptor.Name)
        {
            return replies;
        }
        var (name, request) = (conversation.FollowUpFlow, conversation.FollowUpRequest);
        (conversation.FollowUpFlow, conversation.FollowUpAfter, conversation.FollowUpRequest) = (null, null, null);
        if (flows.Named(name) is not { } next || request is null)
        {
            return replies;
        }
        var prediction = new IntentPrediction(next.Descriptor.Intents.FirstOrDefault() ?? Intents.Unknown, 1, new Dictionary<string, string>());
        var turn = new FlowTurn(message with { Text = request }, prediction, conversation, next.Descriptor, functions) { FollowsUp = true };
        await next.StartAsync(turn, cancellationToken);
        return turn.Replies.Count == 0 ? replies : [.. replies, .. Answered(next, turn, conversation)];
    }

    private IReadOnlyList<BotReply> Answered(IConversationFlow flow, FlowTurn turn, ConversationData conversation)
    {
        if (turn.Replies.Count == 0)
        {
            return Unhelpful(conversation, [StandardReplies.Clarify]);
        }
        if (conversation.ActiveFlow == flow.Descriptor.Name)
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
        if (conversation.UnhelpfulTurns < _options.UnhelpfulTurnsBeforeOfferingPerson || !MayOfferPerson(conversation))
        {
            return replies;
        }
        OfferedPerson(conversation, nameof(HandoffReason.RepeatedFailure));
        return [.. replies, StandardReplies.OfferPerson];
    }

    /// <summary>What the active flow asked for last turn: suggested actions, other words naming them, or free text.</summary>
    private sealed record LastOffer(IReadOnlyList<string> Titles, IReadOnlyList<string> Words, bool FreeText);
}
