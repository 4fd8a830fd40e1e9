using EcomBot.Bot.BotFramework.InProcess;
using Microsoft.Extensions.Logging.Console;

namespace EcomBot.Bot.Cli;

/// <summary>
/// Where log lines go when the executable runs a verb: a verb's standard output is its result, so log lines go to
/// standard error; the terminal chat, whose whole screen is the conversation, writes them to
/// <see cref="ChatLogFile"/> instead (the chat says so when it starts).
/// </summary>
public static class CliLogging
{
    /// <summary>The chat's log, under the content root (<c>bot/</c> for <c>dotnet run --project bot</c>).</summary>
    public const string ChatLogFile = "App_Data/logs/chat.log";

    public static IHostApplicationBuilder AddEcomBotCliLogging(this IHostApplicationBuilder builder, string[] args)
    {
        if (!CliRunner.IsVerbInvocation(args))
        {
            return builder;
        }
        if (string.Equals(args[0], ChatVerb.VerbName, StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.Combine(builder.Environment.ContentRootPath, ChatLogFile);
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<ILoggerProvider>(_ => new FileLoggerProvider(path));
        }
        else
        {
            builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        return builder;
    }
}
