using System.Net;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Docker;

/// <summary>The image's build, as its Dockerfile describes it, produces an app that starts and serves its page.</summary>
public sealed class DockerImageTests(PublishedImage image) : IClassFixture<PublishedImage>
{
    internal static string HealthCheckScript => Path.Combine(RepositoryPaths.Docker, "healthcheck.sh");

    [Fact]
    public async Task TheAppPublishedByTheDockerfileStartsAndReportsLiveAndReady()
    {
        using var live = await image.Http.GetAsync("/health/live");
        using var ready = await image.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.True(ready.StatusCode == HttpStatusCode.OK, $"{ready.StatusCode}: {await ready.Content.ReadAsStringAsync()}\n{image.RecentOutput}");
    }

    [Fact]
    public async Task ThePublishedAppServesTheWebChatPageAndItsScript()
    {
        using var page = await image.Http.GetAsync("/");
        using var script = await image.Http.GetAsync("/lib/webchat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True(File.Exists(Path.Combine(image.AppDirectory, "data", "tau2-retail", "db.json")), "the demo store ships");
    }

    [Fact]
    public async Task TheImagesHealthCheckPassesAgainstTheRunningApp()
    {
        var check = await ToolRun.RunAsync("bash", [HealthCheckScript], environment: Port(image.Port));

        Assert.True(check.ExitCode == 0, check.Describe());
    }

    internal static Dictionary<string, string?> Port(int port) =>
        new() { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
