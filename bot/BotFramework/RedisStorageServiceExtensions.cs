using EcomBot.Bot.State;
using Microsoft.Bot.Builder;

namespace EcomBot.Bot.BotFramework;

public static class RedisStorageServiceExtensions
{
    /// <summary>Keeps conversation and user state in Redis when <c>Redis:ConnectionString</c> is set. Call before
    /// <see cref="BotFrameworkServiceExtensions.AddEcomBotFramework"/>, whose in-process storage is only a fallback.</summary>
    public static IHostApplicationBuilder AddEcomBotRedisStorage(this IHostApplicationBuilder builder)
    {
        if (RedisOptions.IsConfigured(builder.Configuration))
        {
            builder.AddEcomBotRedis();
            builder.Services.AddSingleton<IStorage, RedisStorage>();
        }
        return builder;
    }
}
