using EcomBot.Bot.BotFramework;
using EcomBot.Bot.BotFramework.ServiceUrls;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcomBot.Bot.Tests.BotFramework.ServiceUrls;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(string environment, params string[] allowed) =>
        new(Options.Create(new BotOptions { AllowedServiceUrls = [.. allowed] }), new Environment(environment));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://europe.directline.botframework.com/")]
    [InlineData("HTTPS://SMBA.TrafficManager.NET:443/amer/")]
    [InlineData("https://smba.trafficmanager.net./amer/")]
    public void TheBotFrameworksChannelHostsAreAllowedByDefault(string serviceUrl)
    {
        Assert.Equal(ServiceUrlVerdict.Allowed, Policy("Production").CheckInbound(serviceUrl, expectReplies: false));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://evil.trafficmanager.net/")]
    [InlineData("http://smba.trafficmanager.net/")]
    [InlineData("https://smba.trafficmanager.net:8443/")]
    [InlineData("https://evil.example#@smba.trafficmanager.net/")]
    [InlineData("https://evil.example/?https://smba.trafficmanager.net/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://127.0.0.1/")]
    public void LookAlikesAndLoopbackAreNotAllowedInProduction(string serviceUrl)
    {
        Assert.Equal(ServiceUrlVerdict.NotAllowed, Policy("Production").CheckInbound(serviceUrl, expectReplies: false));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net@evil.example/")]
    [InlineData("http://user:password@localhost/")]
    [InlineData("http://127.0.0.1%2f@evil.example/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/v3/conversations")]
    [InlineData("")]
    [InlineData(null)]
    public void UserInformationOtherSchemesAndRelativeUrlsAreInvalid(string? serviceUrl)
    {
        Assert.Equal(ServiceUrlVerdict.Invalid, Policy("Development").CheckInbound(serviceUrl, expectReplies: true));
    }

    [Theory]
    [InlineData("http://localhost:56789/")]
    [InlineData("http://LOCALHOST:56789/")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://127.1:3978/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://[::ffff:127.0.0.1]:3978/")]
    [InlineData("http://[0:0:0:0:0:0:0:1]/")]
    public void InDevelopmentLoopbackInAnySpellingIsAllowedForTheEmulator(string serviceUrl)
    {
        Assert.Equal(ServiceUrlVerdict.Allowed, Policy("Development").CheckInbound(serviceUrl, expectReplies: false));
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://metadata.google.internal/")]
    public void InDevelopmentOtherAddressesAreStillNotAllowed(string serviceUrl)
    {
        Assert.Equal(ServiceUrlVerdict.NotAllowed, Policy("Development").CheckInbound(serviceUrl, expectReplies: false));
    }

    [Theory]
    [InlineData("http://203.0.113.7/")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("https://scripted-customer.example/")]
    public void InDevelopmentAnExpectRepliesTurnRunsWithAnyWellFormedServiceUrl(string serviceUrl)
    {
        Assert.Equal(ServiceUrlVerdict.Allowed, Policy("Development").CheckInbound(serviceUrl, expectReplies: true));
        Assert.Equal(ServiceUrlVerdict.NotAllowed, Policy("Production").CheckInbound("http://203.0.113.7/", expectReplies: true));
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978/v3/directline/connector/")]
    [InlineData("http://localhost:3978/V3/DirectLine/Connector/")]
    [InlineData("http://127.0.0.1:3978/v3//directline/./connector/")]
    [InlineData("http://127.0.0.1:3978/a/../v3/directline/connector/")]
    [InlineData("http://127.0.0.1:3978/v3/directline/%63onnector/")]
    [InlineData("https://shop.example/v3/directline/")]
    public void AnInboundServiceUrlNeverNamesTheSelfHostedDirectLineNotEvenOnExpectReplies(string serviceUrl)
    {
        var policy = Policy("Development", "https://shop.example/");

        Assert.Equal(ServiceUrlVerdict.NotAllowed, policy.CheckInbound(serviceUrl, expectReplies: false));
        Assert.Equal(ServiceUrlVerdict.NotAllowed, policy.CheckInbound(serviceUrl, expectReplies: true));
    }

    [Fact]
    public void ConfiguredPatternsReplaceTheDefaultsAndMatchTheirPathAndBelow()
    {
        var policy = Policy("Production", "https://connector.shop.example/bot/", "https://*.channels.example/");

        Assert.Equal(ServiceUrlVerdict.Allowed, policy.CheckInbound("https://connector.shop.example/bot/v3/", false));
        Assert.Equal(ServiceUrlVerdict.NotAllowed, policy.CheckInbound("https://connector.shop.example/other/", false));
        Assert.Equal(ServiceUrlVerdict.NotAllowed, policy.CheckInbound("https://connector.shop.example/bot/../other/", false));
        Assert.Equal(ServiceUrlVerdict.Allowed, policy.CheckInbound("https://eu.channels.example/", false));
        Assert.Equal(ServiceUrlVerdict.NotAllowed, policy.CheckInbound("https://channels.example/", false));
        Assert.Equal(ServiceUrlVerdict.NotAllowed, policy.CheckInbound("https://smba.trafficmanager.net/amer/", false));
    }

    [Fact]
    public void TheLastCheckBeforeSendingRefusesWhatInboundWouldRefuse()
    {
        var policy = Policy("Production");

        Assert.True(policy.MaySendTo(new Uri("https://smba.trafficmanager.net/amer/v3/conversations/a/activities/b")));
        Assert.False(policy.MaySendTo(new Uri("http://127.0.0.1:3978/v3/conversations/a/activities")));
        Assert.False(policy.MaySendTo(new Uri("http://169.254.169.254/v3/conversations/a/activities")));
    }

    [Theory]
    [InlineData("smba.trafficmanager.net")]
    [InlineData("https://*/")]
    [InlineData("https://*.127.0.0.1/")]
    [InlineData("https://user@host.example/")]
    public void APatternThatIsNotOneFailsStartUpNamingTheKey(string pattern)
    {
        var result = new AllowedServiceUrlsValidator().Validate(null, new BotOptions { AllowedServiceUrls = [pattern] });

        Assert.True(result.Failed);
        Assert.Contains("Bot:AllowedServiceUrls", result.FailureMessage, StringComparison.Ordinal);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "EcomBot.Bot";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
