using CampaignSite.Content.Files;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Content;

/// <summary>Each test gets its own seeded site, since imports change the database. Run on SQLite and PostgreSQL.</summary>
public abstract class ImportExportTests<TSite> : IDisposable where TSite : SiteFactory, new()
{
    readonly TSite site = new();
    readonly string work = Path.Combine(Path.GetTempPath(), "campaignsite-tests", "io-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        site.Dispose();
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
    }

    async Task<T> With<T>(Func<IServiceProvider, Task<T>> action)
    {
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    Task Export(string dir) => With(sp => sp.GetRequiredService<ContentExporter>().ExportAsync(dir, TextWriter.Null));
    Task<ImportSummary> Import(string dir, TextWriter? log = null) => With(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(dir, log ?? TextWriter.Null));
    Task<int> VersionCount() => With(sp => sp.GetRequiredService<CampaignDbContext>().Versions.CountAsync());

    static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md"))
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    static void AssertSameFiles(string a, string b)
    {
        var (fa, fb) = (Files(a), Files(b));
        Assert.Equal(fa.Keys.Order(), fb.Keys.Order());
        foreach (var (name, bytes) in fa) Assert.True(bytes.AsSpan().SequenceEqual(fb[name]), $"{name} differs");
    }

    [Fact]
    public async Task ExportImportExport_GivesIdenticalFiles_AndMatchesTheRepository()
    {
        var first = Path.Combine(work, "first");
        var second = Path.Combine(work, "second");
        await Export(first);
        AssertSameFiles(Repo.ContentExport, first);

        var summary = await Import(first);
        Assert.True(summary.Succeeded);
        Assert.Equal(0, summary.Created + summary.Updated);
        await Export(second);
        AssertSameFiles(first, second);
    }

    [Fact]
    public async Task Import_OfAChangedFile_SavesANewPublishedVersion()
    {
        var dir = Path.Combine(work, "changed");
        await Export(dir);
        var file = Path.Combine(dir, "news", "china-fashion-week.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: ", "title: 新标题 "));
        var before = await VersionCount();

        var summary = await Import(dir);

        Assert.True(summary.Succeeded);
        Assert.Equal(1, summary.Updated);
        Assert.Equal(before + 1, await VersionCount());
        var page = await site.CreateClient().GetStringAsync("/news/china-fashion-week");
        Assert.Contains("新标题", page);
    }

    [Theory]
    [InlineData("brand/bosideng.md", "kind: consumer", "kind: luxury", "field 'kind'")]
    [InlineData("brand/bosideng.md", "kind: consumer", "kind: consumer\nmotto: 温暖", "field 'motto': is not a field")]
    [InlineData("heritage/song-brocade.md", "- product/song-brocade-tote", "- product/no-such-tote", "field 'related': refers to 'product/no-such-tote'")]
    [InlineData("news/china-fashion-week.md", "tasks:", "tasks: [\n", "broken YAML")]
    [InlineData("heritage/li-brocade.en.md", "\ntitle:", "\npublished: 2020-01-01T00:00:00+08:00\ntitle:", "field 'published': is shared by all cultures")]
    [InlineData("product/luolai-silk-duvet.md", "cover: media/luolai-silk-duvet.jpg", "cover: media/missing.jpg", "field 'cover': 'media/missing.jpg' is not in the media library")]
    [InlineData("news/china-fashion-week.md", "source_url: https://www.chinafashionweek.org.cn/", "source_url: /news/campaign-notice-2023", "field 'source_url': '/news/campaign-notice-2023' must be an absolute http or https URL")]
    [InlineData("news/china-fashion-week.md", "source_url: https://www.chinafashionweek.org.cn/", "source_url: javascript:alert(1)", "field 'source_url': 'javascript:alert(1)' must be an absolute http or https URL")]
    [InlineData("brand/anta.md", "source_url: https://ir.anta.com", "source_url: ftp://ir.anta.com/annual-report.pdf", "field 'source_url': 'ftp://ir.anta.com/annual-report.pdf' must be an absolute http or https URL")]
    [InlineData("heritage/song-brocade.md", "\nlevel:", "\nsource_url: see the museum's website\nlevel:", "field 'source_url': 'see the museum's website' must be an absolute http or https URL")]
    [InlineData("news/china-fashion-week.md", "title: ", "title: 再接再励 ", ":3: misused-word: '再接再励' should be '再接再厉'")]
    public async Task BadFile_StopsTheImport_NamesFileAndField_AndChangesNothing(string file, string from, string to, string message)
    {
        var dir = Path.Combine(work, "bad");
        await Export(dir);
        // A good change in the same batch must not land either.
        var good = Path.Combine(dir, "news", "supply-chain-docking.md");
        File.WriteAllText(good, File.ReadAllText(good).Replace("title: ", "title: 不应出现 "));
        var path = Path.Combine(dir, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
        var before = await VersionCount();
        var log = new StringWriter();

        var summary = await Import(dir, log);

        Assert.False(summary.Succeeded);
        Assert.Contains(summary.Errors, e => e.Contains(file.Replace('/', Path.DirectorySeparatorChar)) && e.Contains(message));
        Assert.Contains("import refused, nothing changed", log.ToString());
        Assert.Equal(before, await VersionCount());
        Assert.DoesNotContain("不应出现", await site.CreateClient().GetStringAsync("/news/supply-chain-docking"));
    }

    [Fact]
    public async Task Warnings_AreReported_ButDoNotStopTheImport()
    {
        var dir = Path.Combine(work, "warned");
        await Export(dir);
        var file = Path.Combine(dir, "news", "china-fashion-week.md");
        File.WriteAllText(file, File.ReadAllText(file) + "\n#### 跳级的标题\n");
        var log = new StringWriter();

        var summary = await Import(dir, log);

        Assert.True(summary.Succeeded, log.ToString());
        Assert.Equal(1, summary.Updated);
        Assert.Contains($"warning: {file}:", log.ToString());
        Assert.Contains(": heading-level: a level-4 heading", log.ToString());
    }

    [Fact]
    public async Task MediaWithAWrongExtension_IsRefused()
    {
        var dir = Path.Combine(work, "media");
        await Export(dir);
        File.WriteAllText(Path.Combine(dir, "media", "fake.jpg"), "<svg onload=alert(1)>");
        var summary = await Import(dir);
        Assert.Contains(summary.Errors, e => e.Contains("fake.jpg") && e.Contains("does not match its extension"));
    }

    [Fact]
    public async Task Publish_EvictsCachedPages()
    {
        var client = site.CreateClient();
        Assert.DoesNotContain("更新后的标题", await client.GetStringAsync("/news/china-fashion-week"));
        Assert.DoesNotContain("更新后的标题", await client.GetStringAsync("/news"));

        var dir = Path.Combine(work, "evict");
        await Export(dir);
        var file = Path.Combine(dir, "news", "china-fashion-week.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: ", "title: 更新后的标题 "));
        Assert.True((await Import(dir)).Succeeded);

        Assert.Contains("更新后的标题", await client.GetStringAsync("/news/china-fashion-week"));
        Assert.Contains("更新后的标题", await client.GetStringAsync("/news"));
    }
}

public sealed class SqliteImportExportTests : ImportExportTests<SiteFactory>;

public sealed class PostgresImportExportTests : ImportExportTests<PostgresSiteFactory>;
