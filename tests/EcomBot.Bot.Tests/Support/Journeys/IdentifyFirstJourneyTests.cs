using EcomBot.TestSupport;
namespace EcomBot.Bot.Tests.Support.Journeys;

// Demo store customers (shipped db.json): Olivia Smith, zip 32177, has pending #W1348609 and delivered #W3794101; Raj
// Sanchez (raj.sanchez2046@example.com, zip 92147) has #W7736708, #W4566809 (pending) and #W1067251.
public sealed class IdentifyFirstJourneyTests : IDisposable
{
    private readonly SupportJourneyBot _bot = new();

    [Theory]
    [InlineData("hi I'm Olivia Smith, zip 32177", "Thanks, Olivia, I found your account.", "olivia_smith_8953")]
    [InlineData("my email is raj.sanchez2046@example.com", "Thanks, I found your account.", "raj_sanchez_2970")]
    [InlineData("this is Raj Sanchez, 92147", "Thanks, Raj, I found your account.", "raj_sanchez_2970")]
    public async Task DetailsGivenBeforeAnyRequestIdentifyTheCustomerWhoIsAskedWhatTheyWouldLikeToDo(string details, string thanks, string customerId)
    {
        var replies = await _bot.SayAsync(details);

        Assert.Equal(thanks, replies[0].Text);
        Assert.StartsWith("What would you like to do?", replies[1].Text, StringComparison.Ordinal);
        Assert.Contains("Track my order", SupportJourneyBot.Choices(replies));
        Assert.Contains("Return an item", SupportJourneyBot.Choices(replies));
        Assert.Equal(customerId, (await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task OnceIdentifiedWhereIsMyOrderGoesStraightToTheirOrders()
    {
        await _bot.SayTextAsync("hi I'm Olivia Smith, zip 32177");

        var replies = await _bot.SayAsync("where is my order");

        Assert.DoesNotContain(replies, r => r.Text.Contains("confirm who you are", StringComparison.Ordinal));
        Assert.StartsWith("Which order would you like to check?", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(["#W1348609 (pending)", "#W3794101 (delivered)"], SupportJourneyBot.Choices(replies));
    }

    [Fact]
    public async Task DetailsOfNoAccountGetTheSameAnswerAsInsideTheFlows()
    {
        var reply = await _bot.SayTextAsync("this is Raj Sanchez, 19122");

        Assert.Equal("I couldn't find an account with those details. Please check the email address, or give your first name, "
            + "last name and 5-digit zip code.", reply);
        Assert.Null((await _bot.ConversationAsync()).CustomerId);
        Assert.StartsWith("Thanks, Raj", await _bot.SayTextAsync("this is Raj Sanchez, 92147"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAccountsDetailsAfterIdentifyingAreRefusedAsInsideTheFlows()
    {
        await _bot.SayTextAsync("my email is raj.sanchez2046@example.com");

        var reply = await _bot.SayTextAsync("hi I'm Olivia Smith, zip 32177");

        Assert.Contains("already verified as Raj", reply, StringComparison.Ordinal);
        Assert.Equal("raj_sanchez_2970", (await _bot.ConversationAsync()).CustomerId);
    }

    [Fact]
    public async Task DetailsGivenWithARequestStartThatRequest()
    {
        var replies = await _bot.SayAsync("I want to cancel my order, my email is raj.sanchez2046@example.com");

        Assert.StartsWith("Which order would you like to cancel?", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal("cancel-order", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Theory]
    [InlineData("what are my orders?")]
    [InlineData("show me my orders")]
    [InlineData("list my orders")]
    public async Task AskingForTheirOrdersListsThemAfterIdentifying(string request)
    {
        var asked = await _bot.SayTextAsync(request);
        var listed = await _bot.SayAsync("my email is raj.sanchez2046@example.com");

        Assert.Contains("confirm who you are", asked, StringComparison.Ordinal);
        Assert.Contains("- #W4566809 (pending): Indoor Security Camera, Air Purifier", listed[1].Text, StringComparison.Ordinal);
        Assert.Equal(["#W7736708 (delivered)", "#W4566809 (pending)", "#W1067251 (delivered)"], SupportJourneyBot.Choices(listed));
        Assert.Equal("order-status", (await _bot.ConversationAsync()).ActiveFlow);
    }

    [Fact]
    public async Task AskingForOpenOrdersShowsTheOpenOnes()
    {
        await _bot.SayTextAsync("my email is raj.sanchez2046@example.com");

        var open = await _bot.SayTextAsync("do I have any open orders?");

        Assert.StartsWith("Order #W4566809 is pending.", open, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
