using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Email;

public static class EmailServiceExtensions
{
    /// <summary>Registers <see cref="IEmailSender"/>: SMTP or the pickup folder, as <c>Email:Delivery</c> says (checked at start-up).</summary>
    public static IHostApplicationBuilder AddEcomBotEmail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddSingleton<PickupFolderEmailSender>();
        builder.Services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.Smtp
            ? sp.GetRequiredService<SmtpEmailSender>()
            : sp.GetRequiredService<PickupFolderEmailSender>());
        return builder;
    }
}
