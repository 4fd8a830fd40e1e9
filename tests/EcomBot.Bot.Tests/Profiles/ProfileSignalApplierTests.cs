using EcomBot.Bot.Profiles;
using EcomBot.Bot.Profiles.Interests;
using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.Profiles.Signals;

namespace EcomBot.Bot.Tests.Profiles;

public sealed class ProfileSignalApplierTests
{
    private static readonly ChannelUser Visitor = new("webchat", "dl_visitor");
    private readonly ProfileSignalsHarness _harness = new();

    [Fact]
    public async Task AnUnidentifiedVisitorGetsAnAnonymousProfileFoundByTheirChannelAccount()
    {
        await _harness.ApplyAsync(new InterestShown(ProfileSubject.Of(Visitor), InterestSource.Search, "Hiking Boots"));

        var snapshot = await _harness.Reader.FindAsync(Visitor);

        Assert.NotNull(snapshot);
        Assert.False(snapshot.Profile.IsIdentified);
        Assert.Equal("Hiking Boots", Assert.Single(snapshot.ProductTypes).Key);
        Assert.Equal(LifecycleStage.Prospect, snapshot.Stage);
    }

    [Fact]
    public async Task IdentifyingAVisitorMergesWhatWasLearnedIntoTheCustomerAndDropsTheAnonymousProfile()
    {
        await _harness.ApplyAsync(new InterestShown(ProfileSubject.Of(Visitor), InterestSource.View, "Backpack",
            new Dictionary<string, string> { ["color"] = "black" }));
        await _harness.ApplyAsync(new MessageExchanged(ProfileSubject.Of(Visitor), "webchat", ContactDirection.Inbound, "conv-1"));

        await _harness.ApplyAsync(new CustomerIdentified(Visitor, "mia_garcia_4516", "Mia Garcia"));

        var customer = await _harness.ProfileOfAsync("mia_garcia_4516");
        Assert.Equal("Mia Garcia", customer.Name);
        Assert.Contains(Visitor, customer.ChannelUsers);
        Assert.Contains(new ChannelConversation("webchat", "conv-1"), customer.Conversations);
        Assert.Equal(2, customer.Interests.ProductTypes["Backpack"].Weight);
        Assert.True(customer.Interests.Options.ContainsKey("color=black"));
        Assert.Null(await _harness.Store.GetAsync(ProfileIds.Anonymous(Visitor)));
        Assert.Equal("mia_garcia_4516", await _harness.Store.FindProfileIdAsync(Visitor));
    }

    [Fact]
    public async Task SignalsAfterIdentificationGoToTheCustomersProfile()
    {
        await _harness.ApplyAsync(new CustomerIdentified(Visitor, "mia_garcia_4516"));

        await _harness.ApplyAsync(new InterestShown(ProfileSubject.Of(Visitor), InterestSource.Cart, "Lamp"));

        Assert.Equal(4, (await _harness.ProfileOfAsync("mia_garcia_4516")).Interests.ProductTypes["Lamp"].Weight);
    }

    [Fact]
    public async Task AChannelAccountThatLogsInAsAnotherCustomerMovesToThatCustomer()
    {
        await _harness.ApplyAsync(new CustomerIdentified(Visitor, "customer_a"));

        await _harness.ApplyAsync(new CustomerIdentified(Visitor, "customer_b"));

        Assert.DoesNotContain(Visitor, (await _harness.ProfileOfAsync("customer_a")).ChannelUsers);
        Assert.Contains(Visitor, (await _harness.ProfileOfAsync("customer_b")).ChannelUsers);
        Assert.Equal("customer_b", await _harness.Store.FindProfileIdAsync(Visitor));
    }

    [Fact]
    public async Task AnOrderRecordedTwiceCountsOnceAndMakesTheCustomerNew()
    {
        var order = new OrderPlaced(ProfileSubject.Customer("customer_1"), "#W1", [new OrderedProduct("Lamp")]);

        await _harness.ApplyAsync(order);
        await _harness.ApplyAsync(order);

        var profile = await _harness.ProfileOfAsync("customer_1");
        Assert.Single(profile.Orders);
        Assert.Equal(8, profile.Interests.ProductTypes["Lamp"].Weight);
        Assert.Equal(LifecycleStage.New, profile.Stage);
    }

    [Fact]
    public async Task TheStageIsRecomputedOnEveryEvent()
    {
        await _harness.ApplyAsync(new OrderPlaced(ProfileSubject.Customer("customer_1"), "#W1", []));
        _harness.Clock.Advance(TimeSpan.FromDays(70));
        await _harness.ApplyAsync(new DetailsProvided(ProfileSubject.Customer("customer_1"), Locale: "fr-FR"));
        Assert.Equal(LifecycleStage.AtRisk, (await _harness.ProfileOfAsync("customer_1")).Stage);

        await _harness.ApplyAsync(new MessageExchanged(ProfileSubject.Customer("customer_1"), "webchat", ContactDirection.Inbound));

        Assert.Equal(LifecycleStage.Active, (await _harness.ProfileOfAsync("customer_1")).Stage);
    }

    [Fact]
    public async Task TheReaderGivesTheStageAsOfNowEvenWithoutNewEvents()
    {
        await _harness.ApplyAsync(new OrderPlaced(ProfileSubject.Customer("customer_1"), "#W1", []));

        _harness.Clock.Advance(TimeSpan.FromDays(200));

        var snapshot = await _harness.Reader.GetAsync("customer_1");
        Assert.Equal(LifecycleStage.New, snapshot!.Profile.Stage);
        Assert.Equal(LifecycleStage.Lapsed, snapshot.Stage);
    }

    [Fact]
    public async Task ContactsAndConsentAreKeptPerChannel()
    {
        var customer = ProfileSubject.Customer("customer_1");
        await _harness.ApplyAsync(new MessageExchanged(customer, "webchat", ContactDirection.Inbound));
        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await _harness.ApplyAsync(new MessageExchanged(customer, "msteams", ContactDirection.Outbound));
        await _harness.ApplyAsync(new MarketingConsentGiven(customer, "msteams", Granted: true));

        var profile = await _harness.ProfileOfAsync("customer_1");
        Assert.Equal(new ChannelContacts(ProfileTestClock.Start, null), profile.LastContacts["webchat"]);
        Assert.Equal(new ChannelContacts(null, ProfileTestClock.Start.AddMinutes(1)), profile.LastContacts["msteams"]);
        Assert.Equal(new MarketingConsent(true, ProfileTestClock.Start.AddMinutes(1)), profile.MarketingConsent["msteams"]);
        Assert.False(profile.MarketingConsent.ContainsKey("webchat"));
        Assert.Equal(ProfileTestClock.Start, profile.LastEngagedAt);
    }

    [Fact]
    public async Task ASignalRecordedBeforeAnErasureIsNotAppliedAfterIt()
    {
        var recordedAt = _harness.Clock.GetUtcNow();
        _harness.Erasures.Add(new CustomerDataSubject("customer_1", [], []));

        await _harness.Applier.ApplyAsync(
            new PendingSignal(new DetailsProvided(ProfileSubject.Customer("customer_1"), Name: "Ana"), recordedAt), CancellationToken.None);

        Assert.Null(await _harness.Store.GetAsync("customer_1"));
    }

    [Fact]
    public void SignalsNamingImpossibleIdsAreRefusedWhereTheyAreMade()
    {
        Assert.Throws<ArgumentException>(() => new ChannelUser("web:chat", "dl_1"));
        Assert.Throws<ArgumentException>(() => new CustomerIdentified(Visitor, ProfileIds.Anonymous(Visitor)));
        Assert.Throws<ArgumentException>(() => ProfileSubject.Customer(" "));
    }
}
