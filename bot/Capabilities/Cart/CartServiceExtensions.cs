using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.State;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Capabilities.Cart;

public static class CartServiceExtensions
{
    /// <summary>
    /// Registers the cart: in process, or one Redis hash per cart when <c>Redis:ConnectionString</c> is set; the cart
    /// capability; and the cart's part in privacy export and erasure.
    /// </summary>
    public static IHostApplicationBuilder AddEcomBotCart(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CartOptions>()
            .BindConfiguration(CartOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddEcomBotRedis();
        if (RedisOptions.IsConfigured(builder.Configuration))
        {
            builder.Services.AddSingleton<ICartStore>(sp => new RedisCartStore(
                sp.GetRequiredService<RedisCircuit>(), sp.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix));
        }
        else
        {
            builder.Services.AddSingleton<ICartStore, InMemoryCartStore>();
        }
        builder.Services.AddSingleton<ShoppingCart>();
        builder.Services.AddSingleton<CartPersonalData>();
        builder.Services.AddSingleton<IErasable>(sp => sp.GetRequiredService<CartPersonalData>());
        builder.Services.AddSingleton<IExportable>(sp => sp.GetRequiredService<CartPersonalData>());
        return builder;
    }
}
