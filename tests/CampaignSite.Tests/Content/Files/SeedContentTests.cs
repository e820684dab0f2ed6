using CampaignSite.Content.Files;
using CampaignSite.Content.Types;

namespace CampaignSite.Tests.Content.Files;

/// <summary>The repository's own content-export: every file reads cleanly and is already in the written form.</summary>
public class SeedContentTests
{
    internal static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CampaignSite.sln"))) return Path.Combine(dir.FullName, "content-export");
        throw new DirectoryNotFoundException("content-export");
    }

    public static IEnumerable<object[]> Files() =>
        Directory.GetFiles(Root(), "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "content-export")
            .Where(f => !f.EndsWith(".en.md")).Order().Select(f => new object[] { Path.GetRelativePath(Root(), f) });

    [Theory]
    [MemberData(nameof(Files))]
    public void SeedFile_ReadsAndIsInCanonicalForm(string file)
    {
        var path = Path.Combine(Root(), file);
        var text = File.ReadAllText(path);
        var (chinese, errors) = DocumentReader.Read(text, Cultures.Chinese);
        Assert.Empty(errors);
        Assert.Equal(text, DocumentWriter.Write(chinese!, Cultures.Chinese));

        var englishPath = Path.ChangeExtension(path, ".en.md");
        if (!File.Exists(englishPath)) return;
        var englishText = File.ReadAllText(englishPath);
        var (english, englishErrors) = DocumentReader.Read(englishText, Cultures.English, chinese);
        Assert.Empty(englishErrors);
        Assert.Equal(englishText, DocumentWriter.Write(english!, Cultures.English));
    }

    [Fact]
    public void SeedContent_CoversEveryTypeAndTaskArea()
    {
        var docs = Files().Select(f => DocumentReader.Read(File.ReadAllText(Path.Combine(Root(), (string)f[0])), Cultures.Chinese).Document!).ToList();
        Assert.True(docs.Count >= 40);
        Assert.True(docs.OfType<Heritage>().Count(h => h.Level == HeritageLevel.National) >= 8);
        Assert.True(docs.OfType<Brand>().Count() >= 8);
        Assert.True(docs.OfType<Technology>().Count() >= 6);
        Assert.True(docs.OfType<Product>().Count() >= 8);
        Assert.True(docs.OfType<News>().Count() >= 8);
        foreach (var task in Enum.GetValues<TaskArea>()) Assert.True(docs.Count(d => d.Tasks.Contains(task)) >= 5, $"{task} has fewer than 5 documents");
        foreach (var d in docs.Where(d => d is Heritage or Brand))
            Assert.True(File.Exists(Path.Combine(Root(), d.Type, d.Slug + ".en.md")), $"{d.Type}/{d.Slug} has no English variant");
    }
}
