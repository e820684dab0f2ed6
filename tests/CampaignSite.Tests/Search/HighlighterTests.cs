using CampaignSite.Search;

namespace CampaignSite.Tests.Search;

public class HighlighterTests
{
    [Fact]
    public void Marks_ChineseMatches() =>
        Assert.Equal("南京<mark>云锦</mark>", Highlighter.Mark("南京云锦", SearchQuery.Parse("云锦")));

    [Fact]
    public void Marks_EnglishWordsByStem() =>
        Assert.Equal("Song <mark>Brocades</mark> and <mark>brocade</mark>", Highlighter.Mark("Song Brocades and brocade", SearchQuery.Parse("brocade")));

    [Fact]
    public void EscapesEverythingButTheMarks() =>
        Assert.Equal("&lt;script&gt;<mark>苏绣</mark>&lt;/script&gt;", Highlighter.Mark("<script>苏绣</script>", SearchQuery.Parse("苏绣")));

    [Fact]
    public void QueryTextCannotInjectMarkup() =>
        Assert.DoesNotContain("<b>", Highlighter.Mark("a <b> c", SearchQuery.Parse("<b>")));

    [Fact]
    public void Snippet_CutsAWindowAroundTheFirstMatch()
    {
        var text = new string('甲', 300) + "香云纱" + new string('乙', 300);
        var snippet = Highlighter.Snippet(text, SearchQuery.Parse("香云纱"), length: 100);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>香云纱</mark>", snippet);
    }
}
