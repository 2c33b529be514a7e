using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// Tells every open page which build is current, over Server-Sent Events: at once when the page connects
/// (so a page loaded just before a rebuild still reloads), then after every build.
/// </summary>
internal sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<int>> _pages = [];
    private int _generation;
    private bool _closed;

    public int Connected
    {
        get { lock (_gate) return _pages.Count; }
    }

    public void Announce(int generation)
    {
        lock (_gate)
        {
            _generation = generation;
            foreach (var page in _pages) page.Writer.TryWrite(generation);
        }
    }

    /// <summary>The generations one page is told about, until it disconnects or <see cref="Close"/> is called.</summary>
    public async IAsyncEnumerable<string> Subscribe([EnumeratorCancellation] CancellationToken cancel)
    {
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            if (_closed) channel.Writer.TryComplete();
            else
            {
                channel.Writer.TryWrite(_generation);
                _pages.Add(channel);
            }
        }

        try
        {
            await foreach (var generation in channel.Reader.ReadAllAsync(cancel))
                yield return generation.ToString(CultureInfo.InvariantCulture);
        }
        finally
        {
            lock (_gate) _pages.Remove(channel);
        }
    }

    /// <summary>Ends every event stream, so the server can stop without waiting for pages to go away.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var page in _pages) page.Writer.TryComplete();
        }
    }
}
