using System.Text;

namespace PhraseCatalog.Generator.Emit
{
    /// <summary>A small indenting writer; always '\n' line endings so output is the same on every OS.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _builder = new StringBuilder(4096);
        private int _indent;

        public void Indent() => _indent++;

        public void Outdent() => _indent--;

        public void Line()
        {
            _builder.Append('\n');
        }

        public void Line(string text)
        {
            if (text.Length > 0) _builder.Append(' ', _indent * 4);
            _builder.Append(text).Append('\n');
        }

        public void Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
        }

        public void Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
