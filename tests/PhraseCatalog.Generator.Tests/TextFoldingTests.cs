using System;
using System.Linq;
using CsCheck;
using PhraseCatalog.Generator.Analyzers;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// The allocation-free prefilter of the near-match check (PHR1005): it may only rule a literal out
/// when the literal's folded form really has a character that no approved text has.
/// </summary>
public class TextFoldingTests
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
    public void A_text_always_may_fold_within_the_characters_it_really_folds_to()
    {
        Texts.Sample(text => Assert.True(TextFolding.MayFoldWithin(text, CharactersOf(Folded(text))), "ruled out: " + string.Join(" ", text.Select(c => ((int)c).ToString("X4")))), iter: 20_000);
    }

    [Fact]
    public void Whatever_folds_to_an_approved_text_passes_and_a_foreign_character_rules_it_out()
    {
        var approved = CharactersOf(Folded("请稍候。") + Folded("고객님"));

        // The other script, full-width punctuation, a zero-width space and decomposed Hangul all fold to the approved text.
        Assert.True(TextFolding.MayFoldWithin("請稍候。", approved));
        Assert.True(TextFolding.MayFoldWithin("请稍\u200B候.", approved));
        Assert.True(TextFolding.MayFoldWithin("\u1100\u1169\u1100\u1162\u11A8님", approved));

        Assert.False(TextFolding.MayFoldWithin("请稍等", approved));
        Assert.False(TextFolding.MayFoldWithin("订单详情", approved));
        Assert.False(TextFolding.MayFoldWithin("고객 센터", approved));
    }
}
