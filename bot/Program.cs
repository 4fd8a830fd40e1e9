using EcomBot.Bot.Cli;
using EcomBot.Bot.Channels.WebChat;
using EcomBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddEcomBot();
builder.AddEcomBotCliLogging(args);
var app = builder.Build();

if (CliRunner.IsVerbInvocation(args))
{
    return await CliRunner.RunAsync(app.Services, args, CancellationToken.None);
}

app.UseEcomBotWebChat();
app.MapEcomBot();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
