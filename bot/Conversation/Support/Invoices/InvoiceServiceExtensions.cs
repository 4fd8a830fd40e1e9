namespace EcomBot.Bot.Conversation.Support.Invoices;

public static class InvoiceServiceExtensions
{
    /// <summary>Registers order receipts for invoice requests. Needs the order choice (<c>AddEcomBotOrderSupport</c>).</summary>
    public static IHostApplicationBuilder AddEcomBotInvoices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEcomBotFlow<InvoiceFlow>();
        return builder;
    }
}
