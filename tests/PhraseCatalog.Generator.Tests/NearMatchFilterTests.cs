using System;
using System.Linq;
using CsCheck;
using PhraseCatalog.Generator.Analyzers;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// The cheap filters in front of the near-match check (PHR1005) and the nearest-phrase search
/// (PHR1001): each may only rule a candidate out when the edit distance really is too large.
/// </summary>
public class NearMatchFilterTests
{
    // Every kind of character Normalize and FoldScript treat specially: ASCII, full-width forms and
    // the ideographic space, CJK punctuation and quotes, whitespace and zero-width characters,
    // Traditional and Simplified Han, compatibility ideographs, conjoining jamo that compose,
    // precomposed Hangul, and both halves of a supplementary ideograph (alone or paired).
    private const string Alphabet =
        "ab {}.,!?ＡＢ１！？\u3000\t\n\u200B\u200D\u00AD\uFEFF。，、「」『』…—·“”"
        + "您请稍候請說话話电電么麼台臺"
        + "\uF900\uF901\uFA0A\uFA1F"
        + "\u1100\u1161\u11A8\u1112\u1175가나각고객님"
        + "\uD840\uDC00\uD87E\uDC04";

    private static readonly Gen<string> Texts =
        Gen.Int[0, Alphabet.Length - 1].Array[0, 24].Select(indexes => new string(indexes.Select(i => Alphabet[i]).ToArray()));

    private static ulong[] CharactersOf(string text)
    {
        var bits = new ulong[0x10000 / 64];
        foreach (char c in text) bits[c >> 6] |= 1UL << (c & 63);
        return bits;
    }

    private static string Folded(string text) => TextFolding.FoldScript(TextFolding.Normalize(text));

    [Fact]
    public void No_character_counts_against_the_characters_the_text_really_folds_to()
    {
        Texts.Sample(text => Assert.Equal(0, TextFolding.CharactersOutside(text, CharactersOf(Folded(text)), limit: 100)), iter: 20_000);
    }

    [Fact]
    public void The_count_never_exceeds_the_edits_to_another_text()
    {
        // The count is a lower bound on the edit distance to any text over the set, so a literal it rules out is never a near match.
        Gen.Select(Texts, Texts).Sample((text, approved) =>
        {
            string a = Folded(text), b = Folded(approved);
            int edits = PhraseCatalog.Shared.EditDistance.Bounded(a, b, Math.Max(a.Length, b.Length));
            Assert.True(TextFolding.CharactersOutside(text, CharactersOf(b), limit: 100) <= edits, $"{Hex(text)} against {Hex(approved)}: {edits} edits");
        }, iter: 20_000);
    }

    [Fact]
    public void Whatever_folds_to_an_approved_text_counts_nothing_and_foreign_characters_count_once_each()
    {
        var approved = CharactersOf(Folded("请稍候。") + Folded("고객님"));

        // The other script, full-width punctuation, a zero-width space and decomposed Hangul all fold to the approved text.
        Assert.Equal(0, TextFolding.CharactersOutside("請稍候。", approved, limit: 5));
        Assert.Equal(0, TextFolding.CharactersOutside("请稍\u200B候.", approved, limit: 5));
        Assert.Equal(0, TextFolding.CharactersOutside("\u1100\u1169\u1100\u1162\u11A8님", approved, limit: 5));

        Assert.Equal(1, TextFolding.CharactersOutside("请稍等", approved, limit: 5));
        Assert.Equal(4, TextFolding.CharactersOutside("订单详情", approved, limit: 5));
        Assert.Equal(2, TextFolding.CharactersOutside("订单详情", approved, limit: 1));
        Assert.Equal(2, TextFolding.CharactersOutside("고객 센터", approved, limit: 5));
    }

    [Fact]
    public void Population_count_matches_counting_bit_by_bit()
    {
        Gen.ULong.Sample(value =>
        {
            int expected = 0;
            for (int bit = 0; bit < 64; bit++) expected += (int)((value >> bit) & 1);
            Assert.Equal(expected, PhraseIndex.PopCount(value));
        }, iter: 100_000);
        Assert.Equal(64, PhraseIndex.PopCount(ulong.MaxValue));
        Assert.Equal(0, PhraseIndex.PopCount(0));
    }

    [Fact]
    public void Each_edit_changes_at_most_two_bits_of_the_character_signature()
    {
        Gen.Select(Texts, Texts).Sample((x, y) =>
        {
            string a = Folded(x), b = Folded(y);
            int edits = PhraseCatalog.Shared.EditDistance.Bounded(a, b, Math.Max(a.Length, b.Length));
            Assert.True(PhraseIndex.PopCount(PhraseIndex.Signature(a) ^ PhraseIndex.Signature(b)) <= 2 * edits, $"{Hex(x)} against {Hex(y)}");
        }, iter: 20_000);
    }

    [Fact]
    public void Characters_the_other_text_lacks_never_outnumber_the_edits()
    {
        Gen.Select(Texts, Texts).Sample((x, y) =>
        {
            string a = Folded(x), b = Folded(y);
            int edits = PhraseCatalog.Shared.EditDistance.Bounded(a, b, Math.Max(a.Length, b.Length));
            int bound = Math.Max(a.Length, b.Length) - PhraseIndex.CommonCount(PhraseIndex.SortedChars(a), PhraseIndex.SortedChars(b));
            Assert.True(bound <= edits, $"{Hex(x)} against {Hex(y)}: bound {bound}, {edits} edits");
        }, iter: 20_000);
        Assert.Equal(3, PhraseIndex.CommonCount(PhraseIndex.SortedChars("请您稍候"), PhraseIndex.SortedChars("您请稍等")));
    }

    private static string Hex(string text) => string.Join(" ", text.Select(c => ((int)c).ToString("X4")));
}
