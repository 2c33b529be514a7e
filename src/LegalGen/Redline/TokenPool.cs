using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>
/// One string per distinct token text: the versions of a policy share most of their words, so tokens of
/// all of them point at the same few thousand strings instead of millions of copies. Not thread-safe;
/// each <see cref="DiffableText"/> is built with its own pool or under a lock.
/// </summary>
public sealed class TokenPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var existing)) return existing;
        var created = text.ToString();
        _strings.Add(created);
        return created;
    }
}
