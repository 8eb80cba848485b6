using System;

namespace PhraseCatalog.Tool
{
    /// <summary>Bad usage or unreadable input: one clear line for the user, exit code 2, no stack trace.</summary>
    internal sealed class ToolException : Exception
    {
        public ToolException(string message)
            : base(message)
        {
        }
    }
}
