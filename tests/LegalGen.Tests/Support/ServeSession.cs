using System.Text.RegularExpressions;
using LegalGen.Cli;
using LegalGen.Cli.Printing;

namespace LegalGen.Tests.Support;

/// <summary>
/// <c>legalgen serve</c> running in-process on a free port of 127.0.0.1, for a test to fetch pages from and
/// listen to; every wait is bounded, and disposing stops it (as Ctrl+C does).
/// </summary>
internal sealed partial class ServeSession : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _running;

    private ServeSession(string[] args)
    {
        _running = Task.Run(() => CliApp.RunAsync(args, Terminal.Plain(Out, Error), _stop.Token));
    }

    public ThreadSafeStringWriter Out { get; } = new();

    public ThreadSafeStringWriter Error { get; } = new();

    public Uri Address { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public static async Task<ServeSession> StartAsync(TestSite site, params string[] extra)
    {
        var session = new ServeSession(["serve", "--content", site.ContentDirectory, "--templates", site.TemplatesDirectory!, "--port", "0", "--as-of", "2026-01-01", .. extra]);
        var deadline = DateTime.UtcNow + Patience;
        while (UrlPattern().Match(session.Out.ToString()) is not { Success: true } match)
        {
            if (session._running.IsCompleted)
                throw new InvalidOperationException($"serve ended with {await session._running}:\n{session.Out}\n{session.Error}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("serve did not print its address:\n" + session.Out + session.Error);
            await Task.Delay(20);
        }

        session.Address = new Uri(UrlPattern().Match(session.Out.ToString()).Value);
        session.Http = new HttpClient { BaseAddress = session.Address, Timeout = Patience };
        return session;
    }

    /// <summary>Stops serving, as Ctrl+C does, and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _running.WaitAsync(Patience);
    }

    /// <summary>Opens the reload event stream, as a page's script does.</summary>
    public async Task<ReloadEvents> ListenAsync()
    {
        var response = await Http.GetAsync("_legalgen/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new ReloadEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_running.IsCompleted) await StopAsync();
        Http?.Dispose();
        _stop.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex UrlPattern();

    /// <summary>The Server-Sent Events of one page: each <c>reload</c> event's data is a build's generation.</summary>
    internal sealed class ReloadEvents(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public async Task<int> NextAsync()
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? eventName = null;
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) eventName = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "reload") return int.Parse(line["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }

            throw new EndOfStreamException("the event stream ended");
        }

        /// <summary>Waits for reload events until <paramref name="done"/> says the page shows what the test wrote (a save can take two builds).</summary>
        public async Task<int> UntilAsync(Func<Task<bool>> done)
        {
            while (true)
            {
                var generation = await NextAsync();
                if (await done()) return generation;
            }
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
