using System;

namespace PhraseCatalog
{
    /// <summary>
    /// Marks a <see cref="string"/> parameter or property as an agent-message sink: whatever reaches
    /// it is said or sent to a customer. The PhraseCatalog analyzers then require an approved phrase
    /// there (PHR1001, PHR1002). A method that passes its own string parameter straight on to a sink
    /// is treated as a sink too, so wrappers need no attribute. Methods that take
    /// <see cref="Phrase"/> or <see cref="PhraseMessage"/> need none either: the compiler already
    /// enforces them.
    /// </summary>
    /// <example>
    /// <code>
    /// public void Say([AgentMessage] string text) { ... }
    /// [AgentMessage] public string Greeting { get; set; }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class AgentMessageAttribute : Attribute
    {
    }
}
