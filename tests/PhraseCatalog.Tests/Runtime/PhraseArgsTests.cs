using System;
using PhraseCatalog.CompilerServices;

namespace PhraseCatalog.Tests.Runtime
{
    public class PhraseArgsTests
    {
        [Fact]
        public void The_first_four_arguments_live_in_fields()
        {
            var args = new PhraseArgs("王", "下午三点", "24", "A-17");

            Assert.Equal(("王", "下午三点", "24", "A-17"), (args.A0, args.A1, args.A2, args.A3));
            Assert.Equal(new[] { "王", "下午三点", "24", "A-17" }, new[] { args[0], args[1], args[2], args[3] });
            Assert.Null(args.Rest);
        }

        [Fact]
        public void Arguments_from_the_fifth_on_come_from_Rest()
        {
            var args = new PhraseArgs("a0", "a1", "a2", "a3", new[] { "a4", "a5" });

            Assert.Equal("a4", args[4]);
            Assert.Equal("a5", args[5]);
            Assert.Throws<ArgumentOutOfRangeException>(() => args[6]);
        }

        [Fact]
        public void Shorter_constructors_fill_the_other_fields_with_empty_strings()
        {
            Assert.Equal(new[] { "a", string.Empty, string.Empty, string.Empty }, Four(new PhraseArgs("a")));
            Assert.Equal(new[] { "a", "b", string.Empty, string.Empty }, Four(new PhraseArgs("a", "b")));
            Assert.Equal(new[] { "a", "b", "c", string.Empty }, Four(new PhraseArgs("a", "b", "c")));
        }

        [Fact]
        public void Null_arguments_read_as_empty_strings()
        {
            var args = new PhraseArgs(null!, null!, null!, null!, new string[] { null! });

            Assert.Equal(new[] { string.Empty, string.Empty, string.Empty, string.Empty }, Four(args));
            Assert.Equal(string.Empty, args[4]);
        }

        [Fact]
        public void Default_arguments_read_as_empty_strings()
        {
            PhraseArgs args = default;

            Assert.Equal(new[] { string.Empty, string.Empty, string.Empty, string.Empty }, Four(args));
            Assert.Equal(string.Empty, args.A0);
            Assert.Null(args.Rest);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(4)]
        [InlineData(int.MinValue)]
        [InlineData(int.MaxValue)]
        public void An_index_outside_the_arguments_throws(int index)
        {
            var args = new PhraseArgs("a", "b", "c", "d");
            Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => args[index]).ParamName);
        }

        private static string[] Four(PhraseArgs args) => new[] { args[0], args[1], args[2], args[3] };
    }
}
