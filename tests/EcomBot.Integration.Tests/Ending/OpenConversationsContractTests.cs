using EcomBot.Bot.Conversation.Ending;

namespace EcomBot.Integration.Tests.Ending;

/// <summary>What every store of open conversations must do: taking a conversation out is the one claim on its end.</summary>
public abstract class OpenConversationsContractTests
{
    protected static readonly DateTimeOffset Noon = new(2025, 3, 3, 12, 0, 0, TimeSpan.Zero);

    protected abstract IOpenConversations Store { get; }

    private Task TouchAsync(string conversationId, DateTimeOffset at, string? customerId = null) =>
        Store.TouchAsync(new OpenConversation("webchat", conversationId, customerId, at), CancellationToken.None);

    [Fact]
    public async Task WhatIsTouchedIsReadBackWithItsCustomerAndActivity()
    {
        await TouchAsync("conv:with:colons", Noon, "raj_sanchez_2970");
        await TouchAsync("anonymous", Noon.AddSeconds(1));

        Assert.Equal(new OpenConversation("webchat", "conv:with:colons", "raj_sanchez_2970", Noon),
            await Store.GetAsync("webchat", "conv:with:colons", CancellationToken.None));
        Assert.Equal(new OpenConversation("webchat", "anonymous", null, Noon.AddSeconds(1)),
            await Store.GetAsync("webchat", "anonymous", CancellationToken.None));
        Assert.Null(await Store.GetAsync("msteams", "anonymous", CancellationToken.None));
    }

    [Fact]
    public async Task ALaterTouchReplacesTheActivityAndTheCustomer()
    {
        await TouchAsync("c1", Noon);
        await TouchAsync("c1", Noon.AddMinutes(5), "mia_moore_8366");

        Assert.Equal(new OpenConversation("webchat", "c1", "mia_moore_8366", Noon.AddMinutes(5)),
            await Store.GetAsync("webchat", "c1", CancellationToken.None));
    }

    [Fact]
    public async Task RemovingTakesAConversationOutOnce()
    {
        await TouchAsync("c1", Noon, "mia_moore_8366");

        var first = await Store.RemoveAsync("webchat", "c1", CancellationToken.None);
        var second = await Store.RemoveAsync("webchat", "c1", CancellationToken.None);

        Assert.Equal(new OpenConversation("webchat", "c1", "mia_moore_8366", Noon), first);
        Assert.Null(second);
        Assert.Null(await Store.GetAsync("webchat", "c1", CancellationToken.None));
    }

    [Fact]
    public async Task AConversationIsClaimedAsIdleOnlyOnceItsLastActivityIsOldEnough()
    {
        await TouchAsync("c1", Noon);

        var tooSoon = await Store.ClaimIdleAsync("webchat", "c1", Noon.AddMilliseconds(-1), CancellationToken.None);
        var claimed = await Store.ClaimIdleAsync("webchat", "c1", Noon, CancellationToken.None);
        var again = await Store.ClaimIdleAsync("webchat", "c1", Noon.AddHours(1), CancellationToken.None);

        Assert.Null(tooSoon);
        Assert.Equal(Noon, claimed?.LastActivityAt);
        Assert.Null(again);
    }

    [Fact]
    public async Task ASweepClaimsTheIdleConversationsOldestFirstUpToItsLimitAndLeavesTheRest()
    {
        await TouchAsync("newest-idle", Noon.AddMinutes(2));
        await TouchAsync("oldest", Noon);
        await TouchAsync("middle", Noon.AddMinutes(1), "mia_moore_8366");
        await TouchAsync("active", Noon.AddMinutes(40));

        var batch = await Store.ClaimIdleAsync(Noon.AddMinutes(10), 2, CancellationToken.None);
        var rest = await Store.ClaimIdleAsync(Noon.AddMinutes(10), 2, CancellationToken.None);

        Assert.Equal(
            [new OpenConversation("webchat", "oldest", null, Noon), new OpenConversation("webchat", "middle", "mia_moore_8366", Noon.AddMinutes(1))],
            batch);
        Assert.Equal(["newest-idle"], rest.Select(c => c.ConversationId));
        Assert.NotNull(await Store.GetAsync("webchat", "active", CancellationToken.None));
    }

    [Fact]
    public async Task ClaimsRacingForTheSameIdleConversationsNeverGetOneTwice()
    {
        for (var i = 0; i < 60; i++)
        {
            await TouchAsync($"c{i}", Noon);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            var mine = new List<string>();
            while ((await Store.ClaimIdleAsync(Noon, 7, CancellationToken.None)) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(c => c.ConversationId));
            }
            return mine;
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
    }
}

public sealed class InMemoryOpenConversationsContractTests : OpenConversationsContractTests
{
    protected override IOpenConversations Store { get; } = new InMemoryOpenConversations();
}
