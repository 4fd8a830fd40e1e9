using System.Text.RegularExpressions;

namespace EcomBot.Tools.Journeys;

/// <summary>
/// A customer played by rules, no model: they ask for what their card says, one request at a time, and answer each of
/// the bot's questions by what it asks (read by <see cref="BotQuestionReader"/>), in words: who they are, which order,
/// which items, which options, why, which payment method, which address. A proposal is checked as a careful customer
/// checks a summary (<see cref="ProposalJudge"/>): "yes" only to the change they want. The card's script, where the task's
/// customer changes their mind, is said when its question comes. Nothing here knows a task by its id.
/// </summary>
public sealed partial class SimulatedCustomer
{
    public const string Goodbye = "That's all, thank you. Bye!";

    private readonly CustomerIdentity _identity;
    private readonly ProposalJudge _judge;
    private readonly IReadOnlyList<MindChange> _script;
    private readonly HashSet<MindChange> _said = [];
    private readonly List<CustomerRequest> _requests;
    private readonly Dictionary<string, int> _asked = new(StringComparer.Ordinal);
    private int _request;
    private int _identityAttempts;
    private GoldChange? _confirmed;
    private readonly HashSet<string> _picked = new(StringComparer.Ordinal);
    private bool _restated;
    private bool _spoken = true;
    private string? _lastAnswer;
    private string? _lastQuestion;
    private int _sameAnswer;

    public SimulatedCustomer(CustomerCard card, CustomerIdentity identity, ProposalJudge judge)
    {
        if (card.Requests.Count == 0)
        {
            throw new ArgumentException($"The card of task {card.Task} asks for nothing.", nameof(card));
        }
        _identity = identity;
        _judge = judge;
        _script = card.Script;
        _requests = [.. card.Requests];
    }

    /// <summary>True once the customer has said goodbye (or has nothing left to say).</summary>
    public bool Finished { get; private set; }

    /// <summary>The first message: the first request.</summary>
    public string Opening => _requests[0].Say;

    private CustomerRequest Current => _requests[_request];

    /// <summary>What the customer says to the bot's replies, or null when they have left.</summary>
    public string? Answer(IReadOnlyList<BotMessage> replies)
    {
        if (Finished)
        {
            return null;
        }
        var reading = BotQuestionReader.Read(replies);
        var justMade = _confirmed is not null && reading.Outcome == BotOutcome.Done ? _confirmed : null;
        if (justMade is not null)
        {
            _judge.Made(justMade);
        }
        _confirmed = null;

        var answer = Respond(reading, replies, justMade);
        // A customer who hears the same question three times and keeps giving the same answer gives up on that request
        // ("yes" to three different proposals in a row is no repeated question).
        _sameAnswer = answer == _lastAnswer && reading.QuestionText == _lastQuestion ? _sameAnswer + 1 : 0;
        _lastAnswer = answer;
        _lastQuestion = reading.QuestionText;
        if (_sameAnswer >= 2 && answer != Goodbye)
        {
            answer = NextRequest();
        }
        return answer;
    }

    private string Respond(BotTurnReading reading, IReadOnlyList<BotMessage> replies, GoldChange? justMade)
    {
        var request = Current;
        var times = Asked(reading.Question.ToString());
        if (_script.FirstOrDefault(s => !_said.Contains(s) && s.Request == _request && s.Nth == times
                && string.Equals(s.On, reading.Question.ToString(), StringComparison.OrdinalIgnoreCase)) is { } change)
        {
            _said.Add(change);
            if (change.Then is { } then)
            {
                _requests.RemoveRange(_request, _requests.Count - _request);
                _requests.AddRange(then);
                StartRequest();
                _spoken = false;
            }
            return change.Say;
        }
        if (reading.Outcome == BotOutcome.Refused && times > 1 && request.Otherwise is not null && AsksForADetail(reading.Question))
        {
            // The bot says it cannot do what the customer answered and asks the same thing again: a customer who knows
            // what they want instead ("if a refund to my card is not possible, ...") says that now, not the refused answer.
            return TakeOtherwise(request.Otherwise);
        }
        switch (reading.Question)
        {
            case BotQuestion.Identify:
            case BotQuestion.IdentityNotFound:
                return _identity.Details(_identityAttempts++) ?? Leave("Sorry, I don't have any other details.");
            case BotQuestion.WhichOrder:
                return (request.EachOrder ? PickListedOrder(request, replies) : null)
                    ?? request.OrderAnswer(times - 1) ?? "I don't remember the order number.";
            case BotQuestion.WhichItems:
                return request.ItemsInWords is { Length: > 0 } items ? Sentence(items) : "All of them.";
            case BotQuestion.WhichOptions:
                return OptionsAnswer(request, reading.QuestionText);
            case BotQuestion.Reason:
                return Known(r => r.Reason is null ? [] : [r.Reason], times) ?? "I no longer need it.";
            case BotQuestion.PaymentMethod:
                return Known(r => r.Payment, times) ?? "The original payment method, please.";
            case BotQuestion.Address:
                return Known(r => r.Address, times) ?? "Please use the address on my account.";
            case BotQuestion.Confirmation:
                return Confirm(BotQuestionReader.ConfirmationText(replies));
            case BotQuestion.OfferPerson:
                return request.Kind == CustomerRequest.PersonKind ? "Yes, please." : "No, thanks.";
            default:
                return AfterAnswer(request, reading, justMade);
        }
    }

    /// <summary>The bot asked nothing the customer can answer: their request is answered, done, refused or not
    /// understood.</summary>
    private string AfterAnswer(CustomerRequest request, BotTurnReading reading, GoldChange? justMade)
    {
        if (!_spoken)
        {
            // A change of mind replaced the requests: the new one has not been said yet.
            _spoken = true;
            return request.Say;
        }
        if (request.Kind != CustomerRequest.ChangeKind)
        {
            return NextRequest();
        }
        if (justMade is not null)
        {
            return request.Again is not null && _judge.Open.Any(g => g.Kind == justMade.Kind) ? request.Again : NextRequest();
        }
        if (reading.Outcome == BotOutcome.Refused && request.Otherwise is { } otherwise)
        {
            return TakeOtherwise(otherwise);
        }
        if (reading.Outcome != BotOutcome.Refused && !_restated)
        {
            _restated = true;
            return request.Say;
        }
        return NextRequest();
    }

    private string TakeOtherwise(CustomerRequest otherwise)
    {
        _requests[_request] = otherwise;
        StartRequest();
        _spoken = true;
        return otherwise.Say;
    }

    /// <summary>A question about a detail of the request (which order, items, options, why, how to pay, where to).</summary>
    private static bool AsksForADetail(BotQuestion question) => question is BotQuestion.WhichOrder or BotQuestion.WhichItems
        or BotQuestion.WhichOptions or BotQuestion.Reason or BotQuestion.PaymentMethod or BotQuestion.Address;

    private string Confirm(string summary)
    {
        var verdict = _judge.Judge(summary);
        if (verdict.Matches is { } change)
        {
            _confirmed = change;
            return "yes";
        }
        return verdict.Wrong switch
        {
            ProposalPart.Order => "No, that's not the order I mean.",
            ProposalPart.Items => "No, those aren't the items I mean.",
            ProposalPart.Options => "No, that's not the one I want.",
            ProposalPart.Payment => "No, not that payment method.",
            ProposalPart.Reason => "No, that's not the reason.",
            ProposalPart.Address => "No, that's not the right address.",
            _ => "No, I don't want that.",
        };
    }

    /// <summary>The customer's answer of one kind: the current request's, else (the bot asks about another of the
    /// customer's wishes) the first other request's that has one, later requests first.</summary>
    private string? Known(Func<CustomerRequest, IReadOnlyList<string>> answers, int times) =>
        _requests.Skip(_request).Concat(_requests.Take(_request)).Select(r => Pick(answers(r), times)).FirstOrDefault(a => a is not null);

    /// <summary>The options wanted for the item the question names (or the first with wishes), the next alternative
    /// each time the bot asks about that item again.</summary>
    private string OptionsAnswer(CustomerRequest request, string question)
    {
        var item = request.Items.FirstOrDefault(i => i.Want.Count > 0 && question.Contains(i.Name, StringComparison.OrdinalIgnoreCase))
            ?? request.Items.FirstOrDefault(i => i.Want.Count > 0);
        if (item is null)
        {
            return "I don't want a different one.";
        }
        return Sentence(Pick(item.Want, Asked("options:" + item.Name))!);
    }

    /// <summary>
    /// For a request about every order of a kind ("cancel all my pending orders"), where words cannot tell the orders
    /// apart: the customer picks, from the orders the bot lists, the first not picked yet that holds one of the request's
    /// items (any, when it names none), and presses its button (or says its number when there is none).
    /// </summary>
    private string? PickListedOrder(CustomerRequest request, IReadOnlyList<BotMessage> replies)
    {
        // The listed orders: list lines and buttons, never an example in a sentence ("type its number, like #W1234567").
        var buttons = replies.SelectMany(r => r.Buttons).ToList();
        var lines = replies.SelectMany(r => r.Readable.Split('\n')).Select(l => l.Trim())
            .Where(l => l.StartsWith('-') || l.StartsWith('*') || l.StartsWith('•')).Concat(buttons).ToList();
        var listed = lines
            .Select(line => (Line: line, Id: OrderId().Match(line)))
            .Where(x => x.Id.Success && !_picked.Contains(x.Id.Value))
            .FirstOrDefault(x => request.Items.Count == 0
                || request.Items.Any(i => i.Name.Length > 0 && x.Line.Contains(i.Name, StringComparison.OrdinalIgnoreCase)));
        if (listed.Id is not { Success: true } id)
        {
            return null;
        }
        _picked.Add(id.Value);
        return buttons.FirstOrDefault(b => b.Contains(id.Value, StringComparison.Ordinal)) ?? $"Order {id.Value}.";
    }

    private string NextRequest()
    {
        _spoken = true;
        _request++;
        if (_request >= _requests.Count)
        {
            _request = _requests.Count - 1;
            return Leave(Goodbye);
        }
        StartRequest();
        return Current.Say;
    }

    private void StartRequest()
    {
        _asked.Clear();
        _restated = false;
        _sameAnswer = 0;
        _lastAnswer = null;
    }

    private string Leave(string words)
    {
        Finished = true;
        return words;
    }

    private int Asked(string what)
    {
        var times = _asked.GetValueOrDefault(what) + 1;
        _asked[what] = times;
        return times;
    }

    /// <summary>The <paramref name="times"/>th choice (from 1), the last one once all were given.</summary>
    private static string? Pick(IReadOnlyList<string> choices, int times) =>
        choices.Count == 0 ? null : choices[Math.Min(times, choices.Count) - 1];

    /// <summary>The words as a sentence: capitalised, with a full stop unless they end in one.</summary>
    private static string Sentence(string words)
    {
        var text = words.Trim();
        if (text.Length == 0)
        {
            return text;
        }
        text = char.ToUpperInvariant(text[0]) + text[1..];
        return text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    [GeneratedRegex(@"#W\d{7}")]
    private static partial Regex OrderId();
}
