using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace LegalGen.Tests.Support;

/// <summary>
/// Runs a property over random inputs with CsCheck: a fixed number of inputs by default, so CI stays fast,
/// or for <c>LEGALGEN_FUZZ_SECONDS</c> seconds per property when that variable is set. Every input must
/// finish within <see cref="HangBound"/>: this catches hangs, not slowness. A failure prints the seed,
/// which <c>CsCheck_Seed</c> replays.
/// </summary>
internal static class Fuzz
{
    public const string SecondsVariable = "LEGALGEN_FUZZ_SECONDS";

    /// <summary>A hang detector, not a speed test: inputs take milliseconds, and only a hang crosses two minutes, however loaded the machine.</summary>
    public static readonly TimeSpan HangBound = TimeSpan.FromMinutes(2);

    public static void Run<T>(Gen<T> gen, Action<T> property, int iterations, ITestOutputHelper output, Func<T, string>? print = null)
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable(SecondsVariable), out var s) && s > 0 ? s : -1;
        var count = 0L;
        var slowest = TimeSpan.Zero;
        var stopwatch = Stopwatch.StartNew();
        gen.Sample(
            input =>
            {
                var elapsed = WithinHangBound(() => property(input));
                Interlocked.Increment(ref count);
                lock (output) if (elapsed > slowest) slowest = elapsed;
            },
            iter: seconds > 0 ? -1 : iterations,
            time: seconds,
            print: print);
        output.WriteLine($"{Interlocked.Read(ref count)} inputs in {stopwatch.Elapsed.TotalSeconds:0.0} s; the slowest took {slowest.TotalMilliseconds:0} ms");
    }

    /// <summary>Runs <paramref name="action"/> on its own thread; fails if it has not finished within the bound.</summary>
    public static TimeSpan WithinHangBound(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        var task = Task.Run(action);
        try
        {
            if (!task.Wait(HangBound))
                throw new TimeoutException($"the input was still being processed after {HangBound.TotalSeconds:0} s");
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return stopwatch.Elapsed;
    }
}
