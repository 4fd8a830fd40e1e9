using System.Text;
using EcomBot.Bot.Channels.DirectLine;
using EcomBot.Integration.Tests.Hosting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>What every store of self-hosted Direct Line conversations must do, run against each backend.</summary>
public abstract class DirectLineConversationStoreContractTests
{
    protected static readonly IOptions<DirectLineOptions> Options =
        Microsoft.Extensions.Options.Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = 10 });

    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    protected IDirectLineConversationStore Store => field ??= CreateStore(Options.Value, TimeProvider.System);

    /// <summary>A store of this backend with these limits and this clock.</summary>
    protected abstract IDirectLineConversationStore CreateStore(DirectLineOptions options, TimeProvider time);

    protected static string NewConversationId() => $"dl-{Guid.NewGuid():N}";

    protected static Activity Message(string text) => new(ActivityTypes.Message) { Text = text, From = new ChannelAccount("dl_user") };

    [Fact]
    public async Task AConversationStartsOnceAndIsFoundWithItsUser()
    {
        var id = NewConversationId();

        Assert.Equal(ConversationStart.Started, await Store.TryStartAsync(new DirectLineConversation(id, "dl_user"), CancellationToken.None));
        Assert.Equal(ConversationStart.AlreadyStarted, await Store.TryStartAsync(new DirectLineConversation(id, "dl_intruder"), CancellationToken.None));
        Assert.Equal(new DirectLineConversation(id, "dl_user"), await Store.FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task AnUnknownConversationIsNotFoundAndTakesNoActivities()
    {
        var id = NewConversationId();

        Assert.Null(await Store.FindAsync(id, CancellationToken.None));
        Assert.Null(await Store.AppendAsync(id, Message("hello"), CancellationToken.None));
        Assert.Null(await Store.ReadAsync(id, 0, CancellationToken.None));
    }

    [Fact]
    public async Task ActivitiesComeBackInOrderAfterTheWatermarkWithIdsAndTimestamps()
    {
        var id = await StartedConversationAsync();
        var first = await Store.AppendAsync(id, Message("one"), CancellationToken.None);
        await Store.AppendAsync(id, Message("two"), CancellationToken.None);
        await Store.AppendAsync(id, Message("three"), CancellationToken.None);

        var all = (await Store.ReadAsync(id, 0, CancellationToken.None))!;
        var later = (await Store.ReadAsync(id, 1, CancellationToken.None))!;
        var none = (await Store.ReadAsync(id, 3, CancellationToken.None))!;

        Assert.Equal(["one", "two", "three"], all.Activities.Select(a => a.Text));
        Assert.Equal(3, all.Watermark);
        Assert.Equal(first, all.Activities[0].Id);
        Assert.Equal(3, all.Activities.Select(a => a.Id).Distinct().Count());
        Assert.All(all.Activities, a => Assert.NotNull(a.Timestamp));
        Assert.Equal(["two", "three"], later.Activities.Select(a => a.Text));
        Assert.Equal(all.Activities[1].Id, later.Activities[0].Id);
        Assert.Empty(none.Activities);
        Assert.Equal(3, none.Watermark);
    }

    [Fact]
    public async Task BeyondTheCapTheOldestActivitiesFallOutAndTheWatermarkKeepsCounting()
    {
        var id = await StartedConversationAsync();
        for (var n = 1; n <= 15; n++)
        {
            await Store.AppendAsync(id, Message($"message {n}"), CancellationToken.None);
        }

        var all = (await Store.ReadAsync(id, 0, CancellationToken.None))!;
        var lastTwo = (await Store.ReadAsync(id, 13, CancellationToken.None))!;

        Assert.Equal(Enumerable.Range(6, 10).Select(n => $"message {n}"), all.Activities.Select(a => a.Text));
        Assert.Equal(15, all.Watermark);
        Assert.Equal(["message 14", "message 15"], lastTwo.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task AWaitEndsWhenAnActivityArrives()
    {
        var id = await StartedConversationAsync();
        var waiting = Store.WaitForActivitiesAsync(id, 0, CancellationToken.None);

        await Store.AppendAsync(id, Message("hello"), CancellationToken.None);

        await waiting.WaitAsync(Patience);
        Assert.Equal(["hello"], (await Store.ReadAsync(id, 0, CancellationToken.None))!.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task AWaitForWhatIsAlreadyThereEndsAtOnce()
    {
        var id = await StartedConversationAsync();
        await Store.AppendAsync(id, Message("hello"), CancellationToken.None);

        await Store.WaitForActivitiesAsync(id, 0, CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task AForgottenConversationIsGoneAndItsWaitersEnd()
    {
        var id = await StartedConversationAsync();
        await Store.AppendAsync(id, Message("my email is jane@example.com"), CancellationToken.None);
        var waiting = Store.WaitForActivitiesAsync(id, 1, CancellationToken.None);

        await Store.ForgetAsync(id, CancellationToken.None);

        await waiting.WaitAsync(Patience);
        Assert.Null(await Store.FindAsync(id, CancellationToken.None));
        Assert.Null(await Store.ReadAsync(id, 0, CancellationToken.None));
    }

    [Fact]
    public async Task AnAppendedActivityCannotBeChangedAfterwardsThroughTheCallersObject()
    {
        var id = await StartedConversationAsync();
        var activity = Message("original");
        await Store.AppendAsync(id, activity, CancellationToken.None);

        activity.Text = "changed";

        Assert.Equal("original", (await Store.ReadAsync(id, 0, CancellationToken.None))!.Activities[0].Text);
    }

    [Fact]
    public async Task OnceTheLogPassesItsByteCapTheOldestActivitiesFallOut()
    {
        var store = CreateStore(new DirectLineOptions { MaxActivitiesPerConversation = 500, MaxConversationBytes = 5000, MaxActivityBytes = 5000 }, TimeProvider.System);
        var id = await StartedConversationAsync(store);
        for (var n = 1; n <= 20; n++)
        {
            await store.AppendAsync(id, Message($"{n:D2} " + new string('x', 900)), CancellationToken.None);
        }

        var pages = await AllPagesAsync(store, id);

        var kept = pages.SelectMany(p => p.Activities).ToList();
        Assert.InRange(kept.Sum(JsonBytes), 1, 5000);
        Assert.Equal("20", kept[^1].Text![..2]);
        Assert.Equal(kept.Count, kept.Select(a => a.Text).Distinct().Count());
        Assert.Equal(20, pages[^1].Watermark);
    }

    [Fact]
    public async Task AReadIsOnePageAndTheRestComesFromItsWatermark()
    {
        var store = CreateStore(new DirectLineOptions { MaxActivitiesPerConversation = 500, MaxActivityBytes = 2500 }, TimeProvider.System);
        var id = await StartedConversationAsync(store);
        for (var n = 1; n <= 10; n++)
        {
            await store.AppendAsync(id, Message($"{n:D2} " + new string('x', 900)), CancellationToken.None);
        }

        var first = (await store.ReadAsync(id, 0, CancellationToken.None))!;
        var pages = await AllPagesAsync(store, id);

        Assert.InRange(first.Activities.Sum(JsonBytes), 1, 2500);
        Assert.Equal(first.Activities.Count, first.Watermark);
        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.InRange(p.Activities.Sum(JsonBytes), 1, 2500));
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"{n:D2}"), pages.SelectMany(p => p.Activities).Select(a => a.Text![..2]));
    }

    [Fact]
    public async Task APageHoldsAtLeastOneActivityEvenALargerOne()
    {
        var store = CreateStore(new DirectLineOptions { MaxActivityBytes = 1024 }, TimeProvider.System);
        var id = await StartedConversationAsync(store);
        await store.AppendAsync(id, Message(new string('x', 3000)), CancellationToken.None);

        var page = (await store.ReadAsync(id, 0, CancellationToken.None))!;

        Assert.Single(page.Activities);
        Assert.Equal(1, page.Watermark);
    }

    [Fact]
    public async Task AFullStoreStartsNoConversationUntilOneIsForgottenOrIdlesOut()
    {
        var clock = new AdjustableClock();
        var store = CreateStore(new DirectLineOptions { MaxOpenConversations = 2, ConversationRetentionMinutes = 60 }, clock);
        var first = await StartedConversationAsync(store);
        var second = await StartedConversationAsync(store);

        var whenFull = await store.TryStartAsync(new DirectLineConversation(NewConversationId(), "dl_user"), CancellationToken.None);
        var existing = await store.TryStartAsync(new DirectLineConversation(first, "dl_user"), CancellationToken.None);
        await store.ForgetAsync(first, CancellationToken.None);
        var afterForgetting = await store.TryStartAsync(new DirectLineConversation(NewConversationId(), "dl_user"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(62));
        var afterIdling = await store.TryStartAsync(new DirectLineConversation(NewConversationId(), "dl_user"), CancellationToken.None);

        Assert.Equal(ConversationStart.Full, whenFull);
        Assert.Equal(ConversationStart.AlreadyStarted, existing);
        Assert.Equal(ConversationStart.Started, afterForgetting);
        Assert.Equal(ConversationStart.Started, afterIdling);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task AnActivityNestedAsDeepAsTheEndpointAcceptsReadsBack()
    {
        var id = await StartedConversationAsync();
        var value = new Newtonsoft.Json.Linq.JObject { ["leaf"] = 1 };
        for (var depth = 0; depth < 100; depth++)
        {
            value = new Newtonsoft.Json.Linq.JObject { ["inner"] = value };
        }
        var activity = Message("deep");
        activity.Value = value;
        await Store.AppendAsync(id, activity, CancellationToken.None);

        var read = (await Store.ReadAsync(id, 0, CancellationToken.None))!;

        Assert.Equal("deep", Assert.Single(read.Activities).Text);
    }

    protected Task<string> StartedConversationAsync() => StartedConversationAsync(Store);

    private static async Task<string> StartedConversationAsync(IDirectLineConversationStore store)
    {
        var id = NewConversationId();
        Assert.Equal(ConversationStart.Started, await store.TryStartAsync(new DirectLineConversation(id, "dl_user"), CancellationToken.None));
        return id;
    }

    /// <summary>Every page from the start, as a polling client reads them.</summary>
    private static async Task<List<ActivitySet>> AllPagesAsync(IDirectLineConversationStore store, string id)
    {
        var pages = new List<ActivitySet>();
        var watermark = 0L;
        while (await store.ReadAsync(id, watermark, CancellationToken.None) is { Activities.Count: > 0 } page)
        {
            pages.Add(page);
            watermark = page.Watermark;
        }
        return pages;
    }

    /// <summary>About what the store holds for an activity: its JSON (the id it gets on the way out aside).</summary>
    private static int JsonBytes(Activity activity) =>
        Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(activity)) - Encoding.UTF8.GetByteCount(activity.Id ?? "");
}

public sealed class InMemoryDirectLineConversationStoreContractTests : DirectLineConversationStoreContractTests
{
    protected override IDirectLineConversationStore CreateStore(DirectLineOptions options, TimeProvider time) =>
        new InMemoryDirectLineConversationStore(Microsoft.Extensions.Options.Options.Create(options), time);
}
