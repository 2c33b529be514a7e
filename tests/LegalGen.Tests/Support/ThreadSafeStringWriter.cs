using System.Text;

namespace LegalGen.Tests.Support;

/// <summary>A <see cref="StringWriter"/> that a command running on other threads can write to while a test reads it.</summary>
internal sealed class ThreadSafeStringWriter : StringWriter
{
    private readonly Lock _gate = new();

    public override void Write(char value)
    {
        lock (_gate) base.Write(value);
    }

    public override void Write(string? value)
    {
        lock (_gate) base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate) base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_gate) base.Write(buffer);
    }

    public override void WriteLine(string? value)
    {
        lock (_gate) base.WriteLine(value);
    }

    public override StringBuilder GetStringBuilder() => throw new NotSupportedException("read with ToString()");

    public override string ToString()
    {
        lock (_gate) return base.ToString();
    }
}
