using CampaignSite.Search;
using CampaignSite.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CampaignSite.Tests.Search;

public class AnalyzerTests
{
    static string[] Tokens(string text) => SearchAnalyzer.Tokens(text).ToArray();

    static string[] Indexed(string text)
    {
        var tokens = new List<string>();
        using var stream = SearchAnalyzer.Indexing.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens.ToArray();
    }

    [Fact]
    public void ChineseRuns_BecomeOverlappingBigrams() => Assert.Equal(["香云", "云纱"], Tokens("香云纱"));

    [Fact]
    public void LoneChineseCharacter_StaysAUnigram() => Assert.Equal(["绣", "布"], Tokens("绣，布"));

    [Fact]
    public void TheIndex_AlsoHoldsEveryCharacterAlone() => Assert.Equal(["苏", "苏绣", "绣", "绣品", "品"], Indexed("苏绣品"));

    [Fact]
    public void FullWidthForms_AreNormalised() => Assert.Equal(["abc123", "co2"], Tokens("ＡＢＣ１２３　ＣＯ２"));

    [Theory]
    [InlineData("蘇繡", "苏绣")]
    [InlineData("雲錦", "云锦")]
    [InlineData("絲綢", "丝绸")]
    [InlineData("香雲紗", "香云纱")]
    [InlineData("針綫", "针线")]
    public void TraditionalCharacters_FoldToSimplified(string traditional, string simplified) =>
        Assert.Equal(Tokens(simplified), Tokens(traditional));

    [Fact]
    public void Fold_KeepsTheWholeTextNormalised() => Assert.Equal("苏州丝绸 silk", SearchAnalyzer.Fold(" 蘇州絲綢 ＳＩＬＫ "));

    [Fact]
    public void MixedText_SplitsScriptsAndKeepsDigits() => Assert.Equal(["3d", "样衣", "2024", "年"], Tokens("3D样衣，2024年"));

    [Theory]
    [InlineData("brocades", "brocade")]
    [InlineData("embroideries", "embroidery")]
    [InlineData("dyes", "dye")]
    [InlineData("parkas", "parka")]
    [InlineData("dress", "dress")]
    [InlineData("status", "status")]
    [InlineData("is", "is")]
    public void EnglishPlurals_AreStemmedLightly(string word, string stem)
    {
        Assert.Equal([stem], Tokens(word));
        Assert.Equal(stem, Highlighter.Stem(word));
    }

    [Fact]
    public void EnglishWords_AreLowercasedSplitAndStemmed() => Assert.Equal(["suzhou", "embroidery", "stitch", "dye"], Tokens("Suzhou Embroidery's stitch-dyes"));

    [Fact]
    public void ControlCharactersAndPunctuation_OnlySeparate() => Assert.Equal(["苏绣", "abc"], Tokens("苏绣\u0000\u001f<abc>"));
}
