using LegalGen.Build;
using LegalGen.Cli.Printing;

namespace LegalGen.Tests.Cli;

public class ProgressDisplayTests
{
    private static readonly BuildResult Done = new([], new BuildSummary(2, 2, 1, 9, 0, null));

    /// <summary>A build that reports progress and ends only once <paramref name="until"/> holds: no timer decides what the test sees.</summary>
    private static Func<IProgress<BuildProgress>?, BuildResult> BuildUntil(Func<bool> until) => progress =>
    {
        progress?.Report(new BuildProgress(0, 2, 0));
        progress?.Report(new BuildProgress(1, 2, 5));
        SpinWait.SpinUntil(until, TimeSpan.FromMinutes(2));
        return Done;
    };

    [Fact]
    public void Redirected_output_shows_no_progress_however_long_the_build()
    {
        var stderr = new StringWriter();

        var result = ProgressDisplay.Run(Terminal.Plain(TextWriter.Null, stderr), "Building", BuildUntil(() => true), TimeSpan.Zero);

        Assert.Same(Done, result);
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void A_fast_build_on_a_terminal_shows_no_progress()
    {
        var stderr = new StringWriter();

        var result = ProgressDisplay.Run(Terminal.Coloured(TextWriter.Null, stderr, interactive: true), "Building", _ => Done);

        Assert.Same(Done, result);
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void A_build_still_running_after_the_delay_shows_a_progress_bar_that_is_cleared_at_the_end()
    {
        var stderr = new Support.ThreadSafeStringWriter();

        // The build goes on until the bar has been drawn with its progress, however long the machine takes to draw it.
        var result = ProgressDisplay.Run(Terminal.Coloured(TextWriter.Null, stderr, interactive: true), "Building",
            BuildUntil(() => stderr.ToString().Contains("1 policy of 2", StringComparison.Ordinal)), TimeSpan.Zero);

        Assert.Same(Done, result);
        Assert.Contains("Building: 1 policy of 2, 5 pages", stderr.ToString());
    }
}
