using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcomBot.Bot.Tests.Email;

/// <summary>Just enough of an SMTP server on a loopback port to receive messages: EHLO, MAIL, RCPT, DATA, QUIT.</summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public FakeSmtpServer()
    {
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Each message as received: the envelope recipients, then the DATA.</summary>
    public List<(IReadOnlyList<string> Recipients, string Data)> Messages { get; } = [];

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 fake.smtp ready");
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine).Append("\r\n");
                    }
                    Messages.Add((recipients.ToList(), data.ToString()));
                    await writer.WriteLineAsync("250 queued");
                    continue;
                }
                if (verb == "RCPT")
                {
                    recipients.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>'));
                }
                await writer.WriteLineAsync(verb switch
                {
                    "EHLO" or "HELO" => "250 fake.smtp",
                    "QUIT" => "221 bye",
                    _ => "250 ok",
                });
                if (verb == "QUIT")
                {
                    break;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopping the listener ends the accept loop
        }
        _stop.Dispose();
    }
}
