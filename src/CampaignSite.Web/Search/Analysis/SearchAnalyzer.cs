using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CampaignSite.Search.Analysis;

/// <summary>
/// The one analysis of the site's text, for indexing and for queries, built from Lucene's own parts:
/// NFKC with case folding (full-width to half-width, then lowercase), Traditional to Simplified,
/// Unicode word breaking, CJK bigrams, English possessives dropped and minimal (plural) stemming. The index also holds each
/// CJK character alone, so that a one-character query finds it anywhere; queries use bigrams only.
/// </summary>
public sealed class SearchAnalyzer : Analyzer
{
    /// <summary>Changes whenever analysis or the index's fields change: an index built by another version is rebuilt.</summary>
    public const string Version = "lucene-2";
    public const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    public static SearchAnalyzer Indexing { get; } = new(unigrams: true);
    public static SearchAnalyzer Querying { get; } = new(unigrams: false);

    readonly bool unigrams;
    SearchAnalyzer(bool unigrams) => this.unigrams = unigrams;

    // The parts of a multi-valued field (title, tags, summary...) stand apart: no phrase runs from one into the next.
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(ChineseFolding.Map, new ICUNormalizer2CharFilter(reader));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Lucene, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, unigrams);
        stream = new EnglishPossessiveFilter(Lucene, stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The query tokens of a text: CJK bigrams (a lone character stays one), stemmed words, in order.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        using var stream = Querying.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    /// <summary>
    /// The text normalised and folded as the analyser sees it, whole (for names kept as one term):
    /// NFKC, lowercase, Simplified. The same steps as the char filters, without a reader per call.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        try { text = text.Normalize(System.Text.NormalizationForm.FormKC); } catch (ArgumentException) { /* lone surrogates: keep as is */ }
        return ChineseFolding.Fold(text.ToLowerInvariant().Trim());
    }
}
