using EcomBot.Bot.Commerce.Accounts;
using EcomBot.Bot.Commerce.Catalogue;
using EcomBot.Bot.Commerce.ChangeStore;
using EcomBot.Bot.Commerce.Erasure;
using EcomBot.Bot.Commerce.History;
using EcomBot.Bot.Profiles.Privacy;
using EcomBot.Bot.State;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Commerce;

public static class CommerceServiceExtensions
{
    /// <summary>Registers the embedded demo store, its change store (Redis when configured), the store's public
    /// interfaces, and its part in privacy export and erasure.</summary>
    public static IHostApplicationBuilder AddEcomBotCommerce(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CommerceOptions>()
            .BindConfiguration(CommerceOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => File.Exists(o.ResolvedDatabasePath), $"{CommerceOptions.SectionName}:{nameof(CommerceOptions.DatabasePath)} names no file.")
            .ValidateOnStart();

        services.AddSingleton(sp => StoreDatabase.Load(sp.GetRequiredService<IOptions<CommerceOptions>>().Value.ResolvedDatabasePath));

        if (!RedisOptions.IsConfigured(builder.Configuration))
        {
            services.AddSingleton<ICommerceChangeStore, InMemoryCommerceChangeStore>();
        }
        else
        {
            builder.AddEcomBotRedis();
            services.AddSingleton<ICommerceChangeStore>(sp => new RedisCommerceChangeStore(
                sp.GetRequiredService<RedisCircuit>(),
                sp.GetRequiredService<IOptions<CommerceOptions>>().Value.RedisKeyPrefix));
        }

        services.AddSingleton<ICommerceStore>(sp => new DemoCommerceStore(
            sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<ICommerceChangeStore>(),
            sp.GetRequiredService<IOptions<CommerceOptions>>().Value.ModifiedItemPricing));
        // What the rest of the bot sees of the store: the public catalogue, customer look-up by the identification
        // policy, customer-scoped accounts, and the anonymised order history.
        services.AddSingleton<ICatalogue, StoreCatalogue>();
        services.AddSingleton<ICustomerDirectory, StoreCustomerDirectory>();
        services.AddSingleton<ICustomerAccounts, StoreCustomerAccounts>();
        services.AddSingleton<IOrderHistory, StoreOrderHistory>();
        services.AddSingleton<CustomerStoreRecords>();
        services.AddSingleton<StoreRecordsPersonalData>();
        services.AddSingleton<IErasable>(sp => sp.GetRequiredService<StoreRecordsPersonalData>());
        services.AddSingleton<IExportable>(sp => sp.GetRequiredService<StoreRecordsPersonalData>());
        return builder;
    }
}
