using EcomBot.TestSupport;

namespace EcomBot.Bot.Tests.Conversation;

// Mia Moore (mia.moore8091@example.com) has three orders, so a return first asks which one. While it waits, she writes
// what the bot cannot read and shows she is angry: the bot says so honestly, keeps her place, and does not repeat itself.
public sealed class StuckInAFlowJourneyTests : IDisposable
{
    private const string Picker = "I couldn't tell which order you mean";

    private readonly SupportJourneyBot _bot = new();

    private async Task WaitingForAnOrderChoiceAsync()
    {
        await _bot.SayTextAsync("I want to return something");
        Assert.Contains("#W5544629", await _bot.SayTextAsync("mia.moore8091@example.com"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextInAnotherScriptIsAnsweredInPlainEnglishAndInItsLanguageWithAWayOut()
    {
        await WaitingForAnOrderChoiceAsync();

        var replies = await _bot.SayAsync("我想退货");
        var text = string.Join("\n", replies.Select(r => r.Text));

        Assert.Contains("I can only read English", text, StringComparison.Ordinal);
        Assert.Contains("只能读懂英文", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Picker, text, StringComparison.Ordinal);
        var choices = SupportJourneyBot.Choices(replies);
        Assert.Contains("Talk to a person", choices);
        Assert.Contains(choices, c => c.StartsWith("#W5544629", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALanguageInLatinScriptIsToldByItsWordsNotTakenForAnAnswer()
    {
        await WaitingForAnOrderChoiceAsync();

        var reply = await _bot.SayTextAsync("quiero devolver mi pedido por favor");

        Assert.Contains("I can only read English", reply, StringComparison.Ordinal);
        Assert.Contains("solo puedo leer inglés", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFlowStillTakesItsAnswerAfterAMessageItCouldNotRead()
    {
        await WaitingForAnOrderChoiceAsync();
        await _bot.SayTextAsync("我想退货");

        var items = await _bot.SayTextAsync("the first one");

        Assert.Contains("#W5544629", items, StringComparison.Ordinal);
        Assert.DoesNotContain("I can only read English", items, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmojiAloneAreAnsweredAsSuchAndAnAngryFaceIsAcknowledged()
    {
        await WaitingForAnOrderChoiceAsync();

        var thumbs = await _bot.SayTextAsync("👍");
        var angry = await _bot.SayTextAsync("😡😡");

        Assert.Contains("I can only read words", thumbs, StringComparison.Ordinal);
        Assert.DoesNotContain(Picker, thumbs, StringComparison.Ordinal);
        Assert.StartsWith("I'm sorry, I can see this is frustrating", angry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrustrationIsAcknowledgedEveryTimeButAPersonIsNotOfferedOnEveryTurn()
    {
        await WaitingForAnOrderChoiceAsync();
        string[] angry = ["😡😡 my order is late!!!", "this is useless!!!", "WHY IS THIS SO HARD TO DO", "ridiculous!!!", "😡"];

        var replies = new List<string>();
        foreach (var text in angry)
        {
            replies.Add(await _bot.SayTextAsync(text));
        }

        Assert.All(replies, r => Assert.Contains("I can see this is frustrating", r, StringComparison.Ordinal));
        Assert.Equal(1, replies.Count(r => r.Contains("pass you to a person", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RepeatedFailureOffersAPersonOnceNotOnEveryFollowingTurn()
    {
        string[] unclear = ["flibber", "wobble", "snorkel", "grommet"];

        var replies = new List<string>();
        foreach (var text in unclear)
        {
            replies.Add(await _bot.SayTextAsync(text));
        }

        Assert.Equal(1, replies.Count(r => r.Contains("pass you to a person", StringComparison.Ordinal)));
    }

    public void Dispose() => _bot.Dispose();
}
