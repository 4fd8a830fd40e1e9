using EcomBot.Bot.Cli;
using EcomBot.Bot.Hosting;
using EcomBot.Tools;

// The evaluation, replay and benchmark verbs, run over the bot composed exactly as the web app composes it
// (same configuration files, same services); the web server itself never starts. A developer's tool, so it runs as
// Development (the settings `dotnet run --project bot` uses) unless DOTNET_ENVIRONMENT or ASPNETCORE_ENVIRONMENT says
// otherwise: Production's start-up checks guard an endpoint the tool never opens.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ToolsComposition.BotContentRoot(),
    EnvironmentName = ToolsComposition.EnvironmentName(),
});
builder.AddEcomBot();
builder.AddEcomBotTools();
using var app = builder.Build();
if (!CliRunner.IsVerbInvocation(args))
{
    return await CliRunner.RunAsync(app.Services, ["help"], CancellationToken.None);
}
return await CliRunner.RunAsync(app.Services, args, CancellationToken.None);
