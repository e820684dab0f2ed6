using CampaignSite.Operations.Export;

namespace CampaignSite.Tests.Operations;

public class ExportPathsTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/en/", "en/index.html")]
    [InlineData("/en", "en/index.html")]
    [InlineData("/brands", "brands/index.html")]
    [InlineData("/brands?page=1", "brands/index.html")]
    [InlineData("/news?page=3", "news/page-3/index.html")]
    [InlineData("/en/brands/bosideng", "en/brands/bosideng/index.html")]
    [InlineData("/feeds/rss.xml", "feeds/rss.xml")]
    [InlineData("/sitemap.xml", "sitemap.xml")]
    [InlineData("/ui/0a1b2c3d4e5f/site.css", "ui/0a1b2c3d4e5f/site.css")]
    [InlineData("/media/bosideng.jpg", "media/bosideng.jpg")]
    public void EachAddress_HasItsFile(string address, string file) => Assert.Equal(file, ExportPaths.File(address));

    [Fact]
    public void AnImageVariant_IsNamedByItsCommands_WithItsFormatsExtension()
    {
        var webp = ExportPaths.File("/media/bosideng.jpg?preset=card&format=webp");
        Assert.Matches(@"^media/bosideng\.[0-9a-f]{10}\.webp$", webp);
        Assert.NotEqual(webp, ExportPaths.File("/media/bosideng.jpg?preset=cover-1-1&format=webp"));
        Assert.EndsWith(".avif", ExportPaths.File("/media/bosideng.jpg?width=640&format=avif&sig=abc"));
        Assert.EndsWith(".jpg", ExportPaths.File("/media/bosideng.png?width=640&format=jpeg&sig=abc"));
        Assert.EndsWith(".png", ExportPaths.File("/media/bosideng.png?width=640&sig=abc"));
    }

    [Theory]
    [InlineData("/brands/bosideng", ExportPaths.Kind.Exported)]
    [InlineData("/news?page=2", ExportPaths.Kind.Exported)]
    [InlineData("/brands?task=smart-green", ExportPaths.Kind.Live)]
    [InlineData("/search?q=丝绸", ExportPaths.Kind.Live)]
    [InlineData("/en/search", ExportPaths.Kind.Live)]
    [InlineData("/api/content/brand", ExportPaths.Kind.Live)]
    [InlineData("/elder?on=1&return=/", ExportPaths.Kind.Dropped)]
    [InlineData("/en/elder?on=1", ExportPaths.Kind.Dropped)]
    [InlineData("/backoffice/login", ExportPaths.Kind.Dropped)]
    [InlineData("/searchlight", ExportPaths.Kind.Exported)]
    [InlineData("/media/x.jpg?preset=card", ExportPaths.Kind.Exported)]
    public void WhatAStaticCopyCannotServe_GoesLiveOrGoes(string address, ExportPaths.Kind kind) => Assert.Equal(kind, ExportPaths.Classify(address));

    [Theory]
    [InlineData("/zhuanti/fangzhi/", "/zhuanti/fangzhi/")]
    [InlineData("zhuanti/fangzhi", "/zhuanti/fangzhi/")]
    [InlineData("/", "/")]
    public void ThePrefix_HasItsSlashes_AndPagesAreFolders(string given, string prefix)
    {
        var paths = new ExportPaths(given);
        Assert.Equal(prefix, paths.Prefix);
        Assert.Equal(prefix + "brands/bosideng/", paths.Href("/brands/bosideng"));
        Assert.Equal(prefix, paths.Href("/"));
        Assert.Equal(prefix + "news/page-2/", paths.Href("/news?page=2"));
        Assert.Equal(prefix + "feeds/rss.xml", paths.Href("/feeds/rss.xml"));
    }
}
