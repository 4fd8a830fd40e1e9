using EcomBot.Bot.BotFramework;

namespace EcomBot.Integration.Tests.Redis;

/// <summary>The Bot Framework storage contract on ETags, against a real redis-server.</summary>
public sealed class RedisStorageETagTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private readonly RedisStorage _storage = RedisStorageScenario.Storage(redis, RedisStorageScenario.UniquePrefix());

    [RedisFact]
    public async Task EveryWriteAssignsANewETag()
    {
        await WriteAsync(new SupportTicket { Subject = "Late parcel" });
        var first = await ReadAsync();
        first.Replies++;
        await WriteAsync(first);
        var second = await ReadAsync();

        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.False(string.IsNullOrEmpty(second.ETag));
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(1, second.Replies);
    }

    [RedisFact]
    public async Task WriteWithAStaleETagFailsAndLeavesTheStoredItemAlone()
    {
        await WriteAsync(new SupportTicket { Subject = "Late parcel" });
        var stale = await ReadAsync();
        var fresh = await ReadAsync();
        fresh.Replies = 1;
        await WriteAsync(fresh);

        stale.Replies = 99;
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(stale));

        Assert.Equal(["ticket"], conflict.Keys);
        Assert.Equal(1, (await ReadAsync()).Replies);
    }

    [RedisFact]
    public async Task WildcardETagOverwritesAnItemChangedSinceItWasRead()
    {
        await WriteAsync(new SupportTicket { Subject = "Late parcel" });
        var stale = await ReadAsync();
        var fresh = await ReadAsync();
        fresh.Replies = 1;
        await WriteAsync(fresh);

        stale.Replies = 5;
        stale.ETag = "*";
        await WriteAsync(stale);

        Assert.Equal(5, (await ReadAsync()).Replies);
    }

    [RedisFact]
    public async Task ItemWithoutAnETagOverwritesWhateverIsStored()
    {
        await WriteAsync(new SupportTicket { Subject = "Late parcel", Replies = 3 });

        await WriteAsync(new SupportTicket { Subject = "Wrong size", ETag = null });

        var stored = await ReadAsync();
        Assert.Equal("Wrong size", stored.Subject);
        Assert.Equal(0, stored.Replies);
    }

    [RedisFact]
    public async Task EmptyETagMatchesNothingSoTheWriteFails()
    {
        await WriteAsync(new SupportTicket { Subject = "Late parcel" });
        var read = await ReadAsync();
        read.ETag = "";

        await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(read));
    }

    [RedisFact]
    public async Task WriteBasedOnAnItemThatWasDeletedSinceFails()
    {
        await WriteAsync(new SupportTicket { Subject = "Late parcel" });
        var read = await ReadAsync();
        await _storage.DeleteAsync(["ticket"]);

        await Assert.ThrowsAsync<ETagConflictException>(() => WriteAsync(read));
        Assert.Empty(await _storage.ReadAsync(["ticket"]));
    }

    [RedisFact]
    public async Task ObjectsThatAreNotStoreItemsAreLastWriterWins()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["request"] = new ReturnRequest { OrderId = "#1" } });
        await _storage.WriteAsync(new Dictionary<string, object> { ["request"] = new ReturnRequest { OrderId = "#2" } });

        var stored = Assert.IsType<ReturnRequest>((await _storage.ReadAsync(["request"]))["request"]);
        Assert.Equal("#2", stored.OrderId);
    }

    [RedisFact]
    public async Task OfConcurrentWritersHoldingTheSameETagExactlyOneWins()
    {
        await WriteAsync(new SupportTicket { Subject = "original" });
        var etag = (await ReadAsync()).ETag;

        var attempts = Enumerable.Range(0, 16).Select(writer => Task.Run(async () =>
        {
            try
            {
                await WriteAsync(new SupportTicket { Subject = $"writer {writer}", ETag = etag });
                return $"writer {writer}";
            }
            catch (ETagConflictException)
            {
                return null;
            }
        }));
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, outcome => outcome is not null);
        Assert.Equal(winner, (await ReadAsync()).Subject);
    }

    [RedisFact]
    public async Task ConcurrentWritersThatRetryOnConflictLoseNoUpdate()
    {
        await WriteAsync(new SupportTicket { Subject = "counter" });
        const int writers = 8, incrementsEach = 5;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < incrementsEach;)
            {
                var ticket = await ReadAsync();
                ticket.Replies++;
                try
                {
                    await WriteAsync(ticket);
                    done++;
                }
                catch (ETagConflictException)
                {
                    // Someone else won this round; read their version and try again.
                }
            }
        })));

        Assert.Equal(writers * incrementsEach, (await ReadAsync()).Replies);
    }

    private Task WriteAsync(SupportTicket ticket) =>
        _storage.WriteAsync(new Dictionary<string, object> { ["ticket"] = ticket });

    private async Task<SupportTicket> ReadAsync() =>
        Assert.IsType<SupportTicket>((await _storage.ReadAsync(["ticket"]))["ticket"]);
}
