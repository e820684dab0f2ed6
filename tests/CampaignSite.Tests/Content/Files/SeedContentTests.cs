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
    }

    static List<Document> Chinese() =>
        Files().Select(f => DocumentReader.Read(File.ReadAllText(Path.Combine(Root(), (string)f[0])), Cultures.Chinese).Document!).ToList();

    [Fact]
    public void EverySeededDocument_HasAnEnglishVariant()
    {
        var missing = Chinese().Where(d => !File.Exists(Path.Combine(Root(), d.Type, d.Slug + ".en.md"))).Select(d => $"{d.Type}/{d.Slug}").ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryNewsDocument_NamesItsSourceAndLinksIt()
    {
        foreach (var news in Chinese().OfType<News>())
        {
            Assert.False(string.IsNullOrEmpty(news.SourceUrl), $"news/{news.Slug} has no source_url");
            Assert.False(string.IsNullOrEmpty(news.Source), $"news/{news.Slug} has no source");
        }
    }

    [Fact]
    public void EveryBrandAndProduct_IsSourcedOrIllustrative_AndIllustrativeProductsClaimNoCertification()
    {
        foreach (var d in Chinese().Where(d => d is Brand or Product))
            Assert.True(Provenance.IsIllustrative(d) || !string.IsNullOrEmpty(d.SourceUrl), $"{d.Type}/{d.Slug} is neither sourced nor illustrative");
        foreach (var product in Chinese().OfType<Product>().Where(Provenance.IsIllustrative))
        {
            Assert.Empty(product.Certifications);
            var english = DocumentReader.Read(File.ReadAllText(Path.Combine(Root(), "product", product.Slug + ".en.md")), Cultures.English, product).Document!;
            Assert.Empty(((Product)english).Certifications);
        }
        // A founding year stays only where a source states it.
        foreach (var brand in Chinese().OfType<Brand>().Where(b => b.Founded is not null))
            Assert.False(string.IsNullOrEmpty(brand.SourceUrl), $"brand/{brand.Slug} gives a founding year without a source");
    }

    [Fact]
    public void TheCampaignHasOneEnglishName_WithTheChineseOnItsFirstMention()
    {
        const string name = "\"Better Supply, Upgraded Industry and Consumption\"";
        foreach (var path in Directory.GetFiles(Root(), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            foreach (var old in new[] { "better supply, upgraded consumption", "better-supply", "campaign to improve textile and apparel supply", "Yun brocade", "Uyghur" })
                Assert.False(text.Contains(old, StringComparison.OrdinalIgnoreCase), $"{Path.GetRelativePath(Root(), path)} still says '{old}'");
            if (!path.EndsWith(".en.md")) continue;
            var body = text[(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
            var first = body.IndexOf(name, StringComparison.Ordinal);
            if (first >= 0) Assert.StartsWith(name + " (纺织服装优供给促升级)", body[first..]);
        }
        Assert.Equal(name.Trim('"'), CampaignSite.Content.Delivery.SiteText.Get("site", Cultures.English));
    }
}
