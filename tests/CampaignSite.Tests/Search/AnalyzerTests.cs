using CampaignSite.Search;

namespace CampaignSite.Tests.Search;

public class AnalyzerTests
{
    static string[] Tokens(string text) => Analyzer.Tokens(text).Select(t => t.Text).ToArray();

    [Fact]
    public void ChineseRuns_BecomeOverlappingBigrams() => Assert.Equal(["香云", "云纱"], Tokens("香云纱"));

    [Fact]
    public void LoneChineseCharacter_StaysAUnigram() => Assert.Equal(["绣", "布"], Tokens("绣，布"));

    [Fact]
    public void IndexText_AddsTheUnigramsOfLongerRuns() => Assert.Equal("苏绣 绣品 苏 绣 品", Analyzer.IndexText("苏绣品"));

    [Fact]
    public void FullWidthForms_AreNormalised() => Assert.Equal(["abc123", "co2"], Tokens("ＡＢＣ１２３　ＣＯ２"));

    [Fact]
    public void MixedText_SplitsScriptsAndKeepsDigits() => Assert.Equal(["3d", "样衣", "2024", "年"], Tokens("3D样衣，2024年"));

    [Theory]
    [InlineData("brocades", "brocade")]
    [InlineData("embroideries", "embroidery")]
    [InlineData("dyes", "dye")]
    [InlineData("parkas", "parka")]
    [InlineData("dress", "dress")]
    [InlineData("status", "status")]
    [InlineData("goes", "goes")]
    [InlineData("is", "is")]
    public void EnglishPlurals_AreStemmedLightly(string word, string stem) => Assert.Equal(stem, Analyzer.Stem(word));

    [Fact]
    public void EnglishWords_AreLowercasedSplitAndStemmed() => Assert.Equal(["suzhou", "embroidery", "s", "stitch", "dye"], Tokens("Suzhou Embroidery's stitch-dyes"));

    [Fact]
    public void ControlCharactersAndPunctuation_OnlySeparate() => Assert.Equal(["苏绣", "abc"], Tokens("苏绣\u0000\u001f<abc>"));
}
