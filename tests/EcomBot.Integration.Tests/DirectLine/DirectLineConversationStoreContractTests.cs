using EcomBot.Bot.Channels.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace EcomBot.Integration.Tests.DirectLine;

/// <summary>What every store of self-hosted Direct Line conversations must do, run against each backend.</summary>
public abstract class DirectLineConversationStoreContractTests
{
    protected static readonly IOptions<DirectLineOptions> Options =
        Microsoft.Extensions.Options.Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = 10 });

    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    protected abstract IDirectLineConversationStore Store { get; }

    protected static string NewConversationId() => $"dl-{Guid.NewGuid():N}";

    protected static Activity Message(string text) => new(ActivityTypes.Message) { Text = text, From = new ChannelAccount("dl_user") };

    [Fact]
    public async Task AConversationStartsOnceAndIsFoundWithItsUser()
    {
        var id = NewConversationId();

        Assert.True(await Store.TryStartAsync(new DirectLineConversation(id, "dl_user"), CancellationToken.None));
        Assert.False(await Store.TryStartAsync(new DirectLineConversation(id, "dl_intruder"), CancellationToken.None));
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

    protected async Task<string> StartedConversationAsync()
    {
        var id = NewConversationId();
        Assert.True(await Store.TryStartAsync(new DirectLineConversation(id, "dl_user"), CancellationToken.None));
        return id;
    }
}

public sealed class InMemoryDirectLineConversationStoreContractTests : DirectLineConversationStoreContractTests
{
    protected override IDirectLineConversationStore Store { get; } = new InMemoryDirectLineConversationStore(Options, TimeProvider.System);
}
