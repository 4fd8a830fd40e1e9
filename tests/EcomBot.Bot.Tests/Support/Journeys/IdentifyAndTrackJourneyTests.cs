using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers (shipped db.json): Raj Sanchez (raj.sanchez2046@example.com) has delivered #W7736708, tracking
// 291373316506; Olivia Smith, zip 32177, has pending #W1348609 and delivered #W3794101, tracking 551754161831.
public sealed class IdentifyAndTrackJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Fact]
    public async Task ACustomerWhoGivesTheirEmailSeesTheOrderTheyAskedAboutWithItsTracking()
    {
        
        var asked = await _bot.SayTextAsync("where is my order #W7736708?");
        var found = await _bot.SayTextAsync("my email is raj.sanchez2046@example.com");

        Assert.Contains("confirm who you are", asked, StringComparison.Ordinal);
        Assert.Contains("Thanks, I found your account.", found, StringComparison.Ordinal); // an email is not answered with its owner's name
        Assert.Contains("Order #W7736708 is delivered.", found, StringComparison.Ordinal);
        Assert.Contains("Tracking: 291373316506", found, StringComparison.Ordinal);
        var conversation = await _bot.ConversationAsync();
        Assert.Equal("raj_sanchez_2970", conversation.CustomerId);
        Assert.Null(conversation.ActiveFlow);
        Assert.StartsWith("You're welcome!", await _bot.SayTextAsync("thanks!"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomerWhoIntroducesThemselvesWithTheQuestionIsIdentifiedAtOnce()
    {
        var replies = await _bot.SayAsync("Hi, I'm Olivia Smith from 32177 - has my order shipped yet?");

        Assert.Equal("Thanks, Olivia, I found your account.", replies[0].Text);
        Assert.Equal(["#W1348609 (pending)", "#W3794101 (delivered)"], SupportJourneyBot.Choices(replies));
        Assert.Equal("olivia_smith_8953", (await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task ACustomerWhoGivesNameAndZipPicksAnOrderFromTheirOwnOrders()
    {
        
        await _bot.SayTextAsync("where's my order?");
        var offered = SupportJourneyBot.Choices(await _bot.SayAsync("Olivia Smith 32177"));
        var status = await _bot.SayTextAsync(offered.Single(a => a.StartsWith("#W3794101", StringComparison.Ordinal)));

        Assert.Equal(["#W1348609 (pending)", "#W3794101 (delivered)"], offered);
        Assert.Contains("Order #W3794101 is delivered.", status, StringComparison.Ordinal);
        Assert.Contains("Cycling Helmet", status, StringComparison.Ordinal);
        Assert.Contains("Tracking: 551754161831", status, StringComparison.Ordinal);
        Assert.Equal("olivia_smith_8953", (await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task OnceIdentifiedTheCustomerIsNotAskedAgainForTheNextOrder()
    {
        await _bot.SayTextAsync("where is my order #W7736708?");
        await _bot.SayTextAsync("raj.sanchez2046@example.com");

        var next = await _bot.SayTextAsync("and what about order #W4566809?");

        Assert.DoesNotContain("confirm who you are", next, StringComparison.Ordinal);
        Assert.Contains("Order #W4566809 is pending.", next, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
