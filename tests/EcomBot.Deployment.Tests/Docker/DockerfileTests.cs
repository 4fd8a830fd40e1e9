using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Docker;

/// <summary>What the Dockerfile says, read without building it.</summary>
public sealed class DockerfileTests
{
    [Fact]
    public async Task TheImagesHealthCheckFailsWhenNothingAnswers()
    {
        var check = await ToolRun.RunAsync("bash", [DockerImageTests.HealthCheckScript], environment: DockerImageTests.Port(PublishedImage.FreePort()));

        Assert.Equal(1, check.ExitCode);
    }

    [Fact]
    public void TheRuntimeStageRunsAsTheUnprivilegedUserWithTheHealthCheckOnItsPort()
    {
        var runtime = PublishedImage.Runtime;
        var port = runtime.Environment()["ASPNETCORE_HTTP_PORTS"];

        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", runtime.BaseImage, StringComparison.Ordinal);
        Assert.Equal("$APP_UID", runtime.All("USER").Single());
        Assert.Equal(port, runtime.All("EXPOSE").Single());
        Assert.EndsWith("CMD [\"/usr/local/bin/ecombot-healthcheck\"]", runtime.All("HEALTHCHECK").Single(), StringComparison.Ordinal);
        Assert.Contains(runtime.All("COPY"), c => c == "deploymentTemplates/docker/healthcheck.sh /usr/local/bin/ecombot-healthcheck");
    }

    [Theory]
    [InlineData("bot/bin/Release/EcomBot.Bot.dll", true)]
    [InlineData("bot/node_modules/botframework-webchat/package.json", true)]
    [InlineData("knowledge/obj/project.assets.json", true)]
    [InlineData("bot/wwwroot/lib/webchat.js", true)]
    [InlineData("App_Data/knowledge.snapshot.bin", true)]
    [InlineData("bot/Program.cs", false)]
    [InlineData("bot/wwwroot/index.html", false)]
    [InlineData("knowledge/data/tau2-retail/db.json", false)]
    public void TheBuildContextLeavesLocalBuildOutputOut(string path, bool excluded)
    {
        var ignore = DockerIgnore.Load(PublishedImage.DockerfilePath + ".dockerignore");

        Assert.Equal(excluded, ignore.Excludes(path));
    }
}
