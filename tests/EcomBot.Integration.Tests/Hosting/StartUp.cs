using EcomBot.Bot.Channels.WebChat;
using EcomBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace EcomBot.Integration.Tests.Hosting;

/// <summary>
/// Starts the app composed as <c>Program.cs</c> composes it and returns why start-up failed.
/// </summary>
/// <remarks>
/// Not through <see cref="EcomBotApp"/>: WebApplicationFactory runs the entry point on a thread of its own, and when
/// start-up fails that thread disposes the host while the factory may still be reading its services, so now and then
/// the factory reports an ObjectDisposedException instead of the validation failure the test is about.
/// </remarks>
internal static class StartUp
{
    public static async Task<Exception> FailureAsync(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddEcomBot();
        await using var app = builder.Build();
        app.UseEcomBotWebChat();
        app.MapEcomBot();

        var failure = await Record.ExceptionAsync(() => app.StartAsync());

        if (failure is null)
        {
            await app.StopAsync();
        }
        return Assert.IsType<Exception>(failure, exactMatch: false);
    }
}
