using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EcomBot.Deployment.Tests.Infrastructure;

namespace EcomBot.Deployment.Tests.Teams;

/// <summary>The Teams app package: manifest valid against its pinned schema, icons as Teams requires, zip layout.</summary>
public sealed class TeamsPackageTests(TeamsPackage package) : IClassFixture<TeamsPackage>
{
    private const string PinnedManifestVersion = "1.30";

    private static string SchemaPath => Path.Combine(RepositoryPaths.Teams, "schema", $"v{PinnedManifestVersion}", "MicrosoftTeams.schema.json");

    private string PackagedManifest => Path.Combine(package.UnpackedDirectory, "manifest.json");

    [Fact]
    public void TheZipHoldsTheManifestAndBothIconsAtItsRootAndNothingElse()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ThePackagedManifestIsValidAgainstThePublishedSchemaOfItsPinnedVersion()
    {
        var verdict = await NodeTools.ValidateAsync(SchemaPath, PackagedManifest);

        Assert.True(verdict.Valid, verdict.Report);
    }

    [Fact]
    public async Task SchemaValidationRejectsAManifestWhoseBotIdIsNoGuid()
    {
        var broken = Path.Combine(package.UnpackedDirectory, "broken-manifest.json");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(PackagedManifest)).Replace(TeamsPackage.BotId, "not-a-guid", StringComparison.Ordinal));

        var verdict = await NodeTools.ValidateAsync(SchemaPath, broken);

        Assert.False(verdict.Valid);
        Assert.Contains("/bots/0/botId", verdict.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void TheManifestPinsOneSchemaVersionAndCarriesTheBotIdGiven()
    {
        var manifest = NodeTools.ReadJson(PackagedManifest);

        Assert.Equal(PinnedManifestVersion, manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{PinnedManifestVersion}/MicrosoftTeams.schema.json",
            manifest["$schema"]!.GetValue<string>());
        Assert.Equal(TeamsPackage.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Contains("personal", manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("https://shop.example.test/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.DoesNotContain("{{", File.ReadAllText(PackagedManifest), StringComparison.Ordinal);
    }

    [Fact]
    public void TheKeptSchemaIsTheOneItsSourceNoteDescribes()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SchemaPath)));
        var note = File.ReadAllText(Path.Combine(Path.GetDirectoryName(SchemaPath)!, "SOURCE.md"));

        Assert.Contains(hash, note, StringComparison.Ordinal);
        Assert.Contains($"https://developer.microsoft.com/json-schemas/teams/v{PinnedManifestVersion}/MicrosoftTeams.schema.json", note, StringComparison.Ordinal);
        Assert.Equal(PinnedManifestVersion, NodeTools.ReadJson(SchemaPath)["properties"]!["manifestVersion"]!["const"]!.GetValue<string>());
    }

    [Fact]
    public void TheColourIconIs192PixelsSquare()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(package.UnpackedDirectory, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void TheOutlineIconIs32PixelsSquareAndOnlyWhiteOnTransparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(package.UnpackedDirectory, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.Rgba is not null, $"expected 8-bit RGBA, got depth {icon.BitDepth} colour type {icon.ColourType}");
        var pixels = icon.Rgba.Chunk(4).ToList();
        Assert.All(pixels, p => Assert.True(p[3] == 0 || (p[0], p[1], p[2]) == (255, 255, 255), $"pixel {Convert.ToHexString(p)} is neither transparent nor white"));
        Assert.Contains(pixels, p => p[3] == 0);
        Assert.Contains(pixels, p => p[3] == 255);
    }

    [Theory]
    [InlineData("--bot-id", "not-a-guid")]
    [InlineData("--website-url", "http://insecure.example.test")]
    public async Task ThePackageScriptRefusesParametersTeamsWouldReject(string option, string value)
    {
        string[] arguments = option == "--bot-id"
            ? [option, value, "--out", Path.Combine(package.UnpackedDirectory, "refused.zip")]
            : ["--bot-id", TeamsPackage.BotId, option, value, "--out", Path.Combine(package.UnpackedDirectory, "refused.zip")];

        var result = await TeamsPackage.RunScriptAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(package.UnpackedDirectory, "refused.zip")));
    }

    [Fact]
    public async Task ThePackageScriptNeedsABotId()
    {
        var result = await TeamsPackage.RunScriptAsync("--out", Path.Combine(package.UnpackedDirectory, "no-bot.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bot-id is required", result.Error, StringComparison.Ordinal);
    }
}
