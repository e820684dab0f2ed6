using CampaignSite.Content.Checks;
using CampaignSite.Operations;
using CampaignSite.Tests.Content.Files;

namespace CampaignSite.Tests.Operations;

/// <summary>check DIR: one line a finding as path:line: rule: message, a summary, and its exit codes; the repository's own content-export passes.</summary>
public sealed class CheckVerbTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "campaignsite-tests", "check-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    static string News(string slug, string body, string extra = "") => $"""
        ---
        type: news
        title: 新闻标题
        slug: {slug}
        summary: 这是一篇新闻的摘要，介绍活动的主要内容和成果。
        tasks:
        - supply-chain
        published: 2023-05-26T09:00:00+08:00
        {extra}---

        {body}

        """;

    void Write(string path, string text)
    {
        var file = Path.Combine(dir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    (int Code, string Output, string Errors) Check(string shown = "content")
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = Commands.Check(dir, shown, TermList.Dictionary, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Findings_ArePrintedWithTheFilesPathAndLine_ThenASummary_AndErrorsExitOne()
    {
        Write("news/fair.md", News("fair", "第一段。\n\n### 展会\n\n参展企业再接再励，[链接](/news/missing)。", "tags:\n- 展会\n- 精义求精\n"));
        Write("news/fair.en.md", "---\ntype: news\nslug: fair\ntitle: Fair\nsummary: A fair where exhibitors from every province met buyers from abroad.\n---\n\nThe fair of 2024.\n");
        Write("news/ok.md", News("ok", "[展会](/news/fair)写得很好。"));

        var (code, output, errors) = Check();

        Assert.Equal(1, code);
        Assert.Equal("", errors);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var fair = Path.Combine("content", "news", "fair.md");
        string[] expected = [
            $"{Path.Combine("content", "news", "fair.en.md")}:8: future-year: names 2024, later than the published date (2023-05-26), at column 13: …fair of 2024.; re-date the page or rewrite the passage (a target such as 到2025年 or \"by 2025\" is fine)",
            $"{fair}:11: misused-word: '精义求精' should be '精益求精', at column 1: 精义求精",
            $"{fair}:16: heading-level: a level-3 heading (###) follows level 1: use ## (the title is level 1)",
            $"{fair}:18: misused-word: '再接再励' should be '再接再厉', at column 5: 参展企业再接再励，[链接](/n…",
            $"{fair}:18: broken-link: links to /news/missing, which does not exist",
            "3 errors, 2 warnings in 3 files",
        ];
        Assert.Equal(expected.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++) Assert.Equal(expected[i], lines[i]);
    }

    [Fact]
    public void WarningsOnly_ExitZero()
    {
        Write("news/fair.md", News("fair", "![](media/a.jpg)"));
        var (code, output, _) = Check();
        Assert.Equal(0, code);
        Assert.EndsWith("0 errors, 1 warning in 1 file", output.TrimEnd());
    }

    [Fact]
    public void AMissingFolder_OrABadFile_ExitsTwoWithTheReason()
    {
        var (code, _, errors) = Check("nowhere");
        Assert.Equal(2, code);
        Assert.Contains("check: the folder 'nowhere' does not exist", errors);

        Write("news/bad.md", "no front matter");
        (code, _, errors) = Check();
        Assert.Equal(2, code);
        Assert.Contains($"{Path.Combine("content", "news", "bad.md")}: field 'front matter'", errors);
        Assert.Contains("the folder cannot be checked until every file reads", errors);
    }

    [Fact]
    public void TheRepositorysOwnContentExport_HasNoErrors()
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = Commands.Check(SeedContentTests.Root(), "content-export", TermList.Dictionary, output, errors);
        Assert.True(code == 0, output + errors.ToString());
        // Not even a warning: among them, no body names a year later than its document's published date (targets aside).
        Assert.EndsWith("0 errors, 0 warnings in 90 files", output.ToString().TrimEnd());
    }
}
