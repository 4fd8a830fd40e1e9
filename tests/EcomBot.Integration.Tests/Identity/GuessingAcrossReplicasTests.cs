using System.Text.Json.Nodes;
using EcomBot.Integration.Tests.Redis;

namespace EcomBot.Integration.Tests.Identity;

/// <summary>
/// Two replicas of the bot over HTTP sharing a real redis-server: a guesser who alternates between them, with a new
/// conversation and channel user for every guess, is held back by the count of the name they claim, which both replicas
/// share. Isabella Sanchez (zip 85093) is a demo store customer.
/// </summary>
public sealed class GuessingAcrossReplicasTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [RedisFact]
    public async Task GuessesSpreadOverTwoReplicasConversationsAndUsersAreCountedOnceForTheClaimedName()
    {
        await redis.FlushAsync();
        await using var first = new RedisBotApplication(redis.ConnectionString);
        await using var second = new RedisBotApplication(redis.ConnectionString);
        var checkedGuesses = 0;
        for (var guess = 0; guess < 40; guess++)
        {
            var replica = guess % 2 == 0 ? first : second;
            var reply = string.Join(" ", await replica.SendAsync(Guess($"guess-{guess}", $"guesser-{guess}", $"Isabella Sanchez {85100 + guess}")));
            checkedGuesses += reply.Contains("couldn't find an account", StringComparison.Ordinal) ? 1 : 0;
        }

        var last = string.Join(" ", await second.SendAsync(Guess("guess-last", "guesser-last", "Isabella Sanchez 85093")));

        // Three failures anywhere and the name waits; replicas counting apart would have checked three each.
        Assert.Equal(3, checkedGuesses);
        Assert.Contains("too many unsuccessful tries", last, StringComparison.Ordinal);
        Assert.DoesNotContain("found your account", last, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task TheCountsInRedisExpireAndHoldNoNameEmailOrChannelId()
    {
        await redis.FlushAsync();
        await using (var bot = new RedisBotApplication(redis.ConnectionString))
        {
            await bot.SendAsync(Guess("conversation-of-isabella", "user-of-isabella", "Isabella Sanchez 85000"));
            await bot.SendAsync(Guess("conversation-of-isabella", "user-of-isabella", "my email is isabella.sanchez0000@example.com"));
        }

        var database = redis.Admin.GetDatabase();
        var attemptKeys = (await redis.AllKeysAsync()).Where(k => k.StartsWith("ecombot:identity:attempts:", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, attemptKeys.Count); // the conversation, the channel user, the name and the email claimed
        foreach (var key in attemptKeys)
        {
            Assert.NotNull(await database.KeyTimeToLiveAsync(key));
            var stored = key + string.Concat((await database.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}"));
            Assert.DoesNotContain("isabella", stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sanchez", stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("conversation-of", stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("user-of", stored, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static JsonObject Guess(string conversationId, string userId, string text)
    {
        var activity = RedisBotApplication.CustomerSays(conversationId, text);
        activity["from"] = new JsonObject { ["id"] = userId };
        return activity;
    }
}
