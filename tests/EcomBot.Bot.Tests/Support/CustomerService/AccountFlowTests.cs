namespace EcomBot.Bot.Tests.Support.CustomerService;

// Ivan Santos (ivan.santos3158@example.com, ivan_santos_6635) lives at 477 Park Avenue, Suite 558, Dallas, TX, USA, 75277.
public sealed class AccountFlowTests
{
    private readonly CustomerServiceHarness _bot = new(new()
    {
        ["set up an address"] = ("set_up_shipping_address", 0.95),
        ["edit my account"] = ("edit_account", 0.95),
        ["delete my account"] = ("delete_account", 0.95),
        ["switch account"] = ("switch_account", 0.95),
        ["where is my order"] = ("track_order", 0.95),
    });

    [Fact]
    public async Task TheDefaultAddressCanBeGivenFieldByFieldAndANoChangesNothing()
    {
        await _bot.Say("set up an address");
        await _bot.Say("ivan.santos3158@example.com");
        Assert.Contains("second address line", await _bot.Say("12 Elm Street"), StringComparison.Ordinal);
        Assert.Contains("city", await _bot.Say("none"), StringComparison.Ordinal);
        await _bot.Say("Austin");
        await _bot.Say("TX");
        await _bot.Say("USA");
        Assert.Contains("will be 12 Elm Street, Austin, TX, USA, 78701 instead of 477 Park Avenue", await _bot.Say("78701"), StringComparison.Ordinal);

        Assert.Contains("nothing has changed", await _bot.Say("no"), StringComparison.Ordinal);
        Assert.Equal("477 Park Avenue", (await _bot.Store.GetUserAsync("ivan_santos_6635")).Address.Address1);
        Assert.Null(_bot.Conversation.ActiveFlow);
    }

    [Fact]
    public async Task AnAlreadyIdentifiedCustomerIsShownTheirAddressAtOnce()
    {
        _bot.Conversation.CustomerId = "ivan_santos_6635";

        Assert.Contains("Your default shipping address is 477 Park Avenue", await _bot.Say("set up an address"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingTheAccountDeclinedChangesNothing()
    {
        await _bot.Say("edit my account");

        Assert.Contains("I haven't changed anything", await _bot.Say("no"), StringComparison.Ordinal);
        Assert.Null(_bot.Conversation.ActiveFlow);
    }

    [Fact]
    public async Task DeletingAnAccountOffersAPersonAndErasesNothingByItself()
    {
        await _bot.Say("delete my account");

        Assert.Equal("AccountDeletion", _bot.Conversation.PersonOffered);
        Assert.Equal("delete-account", _bot.Conversation.ActiveFlow);
    }

    [Fact]
    public async Task SwitchingAccountsInAVerifiedConversationNamesTheOneAccountItServes()
    {
        _bot.Conversation.CustomerId = "ivan_santos_6635";

        var answer = await _bot.Say("switch account");

        Assert.Contains("This conversation is verified as Ivan, and one conversation serves one account", answer, StringComparison.Ordinal);
        Assert.Equal("ivan_santos_6635", _bot.Conversation.CustomerId);
    }
}
