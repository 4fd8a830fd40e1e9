using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Tests.Support.CustomerService;

public sealed class NewsletterFlowTests
{
    private readonly CustomerServiceHarness _bot = new(new()
    {
        ["sign me up for the newsletter"] = ("newsletter_subscription", 0.95),
        ["about the newsletter"] = ("newsletter_subscription", 0.95),
        ["stop"] = ("outreach_stop", 0.99),
    });

    [Fact]
    public async Task ConsentIsRecordedForTheChannelUserWhenNobodyIsIdentified()
    {
        await _bot.Say("sign me up for the newsletter");

        var consent = Assert.IsType<MarketingConsentGiven>(Assert.Single(_bot.Signals.All));
        Assert.True(consent.Granted);
        Assert.Equal("webchat", consent.Channel);
        Assert.Equal(ProfileSubject.Of("webchat", "u1"), consent.Subject);
    }

    [Fact]
    public async Task ConsentIsRecordedForTheIdentifiedCustomer()
    {
        _bot.Conversation.CustomerId = "ivan_santos_6635";

        await _bot.Say("stop");

        var consent = Assert.IsType<MarketingConsentGiven>(Assert.Single(_bot.Signals.All));
        Assert.False(consent.Granted);
        Assert.Equal(ProfileSubject.Customer("ivan_santos_6635"), consent.Subject);
    }

    [Fact]
    public async Task AMessageThatSaysNeitherIsAskedAboutAndTheAnswerDecides()
    {
        Assert.Contains("subscribe to our news and offers, or unsubscribe", await _bot.Say("about the newsletter"), StringComparison.Ordinal);
        Assert.Empty(_bot.Signals.All);

        Assert.Contains("You're unsubscribed", await _bot.Say("Unsubscribe"), StringComparison.Ordinal);
        Assert.False(Assert.IsType<MarketingConsentGiven>(Assert.Single(_bot.Signals.All)).Granted);
    }

    [Theory]
    [InlineData("subscribe me to your newsletter", true)]
    [InlineData("sign me up for your emails", true)]
    [InlineData("unsubscribe me from the newsletter", false)]
    [InlineData("I don't want your newsletter anymore", false)]
    [InlineData("please cancel my newsletter subscription", false)]
    [InlineData("STOP", false)]
    [InlineData("a question about your newsletter", null)]
    public void SubscribeAndStopAreToldApartByTheirWords(string text, bool? subscribe) =>
        Assert.Equal(subscribe, EcomBot.Bot.Conversation.Support.Newsletter.SubscriptionRequest.WantsSubscription(text));
}
