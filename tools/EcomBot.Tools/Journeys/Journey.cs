using EcomBot.Bot.Commerce;

namespace EcomBot.Tools.Journeys;

/// <summary>A line of a journey's transcript: who spoke (<c>customer</c> or <c>bot</c>) and what they said, as the
/// customer reads it (the bot's buttons in brackets).</summary>
public sealed record TranscriptLine(string Speaker, string Text)
{
    public override string ToString() => $"{Speaker}: {Text.ReplaceLineEndings("\n       ")}";
}

/// <summary>
/// One task's whole conversation: the simulated customer opens the conversation, says their first request and answers
/// every turn of the bot until they say goodbye, leave, or reach <see cref="MaxCustomerMessages"/>.
/// </summary>
public sealed class Journey(JourneyTask task, CustomerCard card, StoreDatabase database)
{
    public const int MaxCustomerMessages = 40;

    public JourneyTask Task => task;

    public async Task<IReadOnlyList<TranscriptLine>> HoldAsync(ICustomerChannel channel, CancellationToken cancellationToken)
    {
        var customer = new SimulatedCustomer(card, card.Identity ?? CustomerIdentity.From(task.KnownInfo),
            new ProposalJudge(GoldChange.Of(task.Gold, database)));
        var transcript = new List<TranscriptLine>();
        Heard(transcript, await channel.JoinAsync(cancellationToken));
        string? said = customer.Opening;
        for (var messages = 0; said is not null && messages < MaxCustomerMessages; messages++)
        {
            transcript.Add(new TranscriptLine("customer", said));
            var replies = await channel.SayAsync(said, cancellationToken);
            Heard(transcript, replies);
            said = customer.Finished ? null : customer.Answer(replies);
        }
        return transcript;
    }

    /// <summary>Null when the journey did what the task wants: the store changed exactly as the gold replay did, and the
    /// bot told every fact of <c>communicate_info</c>; otherwise the first difference.</summary>
    public string? FirstDifference(IReadOnlyList<TranscriptLine> transcript, IEnumerable<KeyValuePair<RecordKey, string>> storedChanges) =>
        FirstDifference(database, task, transcript, storedChanges);

    /// <inheritdoc cref="FirstDifference(IReadOnlyList{TranscriptLine}, IEnumerable{KeyValuePair{RecordKey, string}})"/>
    public static string? FirstDifference(
        StoreDatabase database, JourneyTask task, IReadOnlyList<TranscriptLine> transcript, IEnumerable<KeyValuePair<RecordKey, string>> storedChanges) =>
        Replay.ChangedRecords.FirstDifference(database, task.Gold.Changed, storedChanges)
        ?? ToldFacts.FirstMissing(task.CommunicateInfo, transcript.Where(l => l.Speaker == "bot").Select(l => l.Text));

    /// <summary>The bot's replies as the transcript shows them, buttons in brackets.</summary>
    public static void Heard(List<TranscriptLine> transcript, IReadOnlyList<BotMessage> replies) =>
        transcript.AddRange(replies.Select(r => new TranscriptLine("bot",
            r.Buttons.Count == 0 ? r.Readable : $"{r.Readable} [{string.Join(" | ", r.Buttons)}]")));

}
