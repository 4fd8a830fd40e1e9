using EcomBot.Bot.Email;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.Email;

public sealed class EmailSenderTests
{
    private static readonly EmailMessage Code = new("isabella.sanchez6218@example.com", "Your verification code", "Your code is 482913.\nIt is valid for 10 minutes.");

    [Fact]
    public async Task SmtpDeliversTheMessageToTheServerForTheRecipient()
    {
        await using var server = new FakeSmtpServer();
        var sender = new SmtpEmailSender(
            Options.Create(new EmailOptions { Delivery = EmailDelivery.Smtp, SmtpHost = "127.0.0.1", SmtpPort = server.Port, SmtpEnableSsl = false }),
            NullLogger<SmtpEmailSender>.Instance);

        await sender.SendAsync(Code, CancellationToken.None);

        var (recipients, data) = Assert.Single(server.Messages);
        Assert.Equal(["isabella.sanchez6218@example.com"], recipients);
        Assert.Contains("Subject: Your verification code", data, StringComparison.Ordinal);
        Assert.Contains("no-reply@example.com", data, StringComparison.Ordinal);
        Assert.Contains("482913", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePickupFolderHoldsOneReadableFilePerEmail()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ecombot-mail-{Guid.NewGuid():N}");
        var sender = new PickupFolderEmailSender(
            Options.Create(new EmailOptions { PickupDirectory = directory }),
            new HostingEnvironment { ContentRootPath = Path.GetTempPath() },
            TimeProvider.System,
            NullLogger<PickupFolderEmailSender>.Instance);
        try
        {
            await sender.SendAsync(Code, CancellationToken.None);

            var text = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(directory, "*.eml")));
            Assert.StartsWith("From: EcomBot <no-reply@example.com>\r\nTo: isabella.sanchez6218@example.com\r\nSubject: Your verification code\r\n", text, StringComparison.Ordinal);
            Assert.EndsWith("\r\n\r\nYour code is 482913.\r\nIt is valid for 10 minutes.", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ARecipientCarryingAnotherHeaderIsRefused()
    {
        var sender = new PickupFolderEmailSender(
            Options.Create(new EmailOptions { PickupDirectory = Path.Combine(Path.GetTempPath(), $"ecombot-mail-{Guid.NewGuid():N}") }),
            new HostingEnvironment { ContentRootPath = Path.GetTempPath() },
            TimeProvider.System,
            NullLogger<PickupFolderEmailSender>.Instance);

        await Assert.ThrowsAsync<FormatException>(() =>
            sender.SendAsync(Code with { To = "a@example.com\r\nBcc: everyone@example.com" }, CancellationToken.None));
    }
}
