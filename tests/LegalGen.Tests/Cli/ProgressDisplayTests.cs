using LegalGen.Build;
using LegalGen.Cli.Printing;

namespace LegalGen.Tests.Cli;

public class ProgressDisplayTests
{
    private static readonly BuildResult Done = new([], new BuildSummary(2, 2, 1, 9, 0, null));

    private static BuildResult SlowBuild(IProgress<BuildProgress>? progress)
    {
        progress?.Report(new BuildProgress(0, 2, 0));
        Thread.Sleep(250);
        progress?.Report(new BuildProgress(1, 2, 5));
        Thread.Sleep(250);
        return Done;
    }

    [Fact]
    public void Redirected_output_shows_no_progress_however_long_the_build()
    {
        var stderr = new StringWriter();

        var result = ProgressDisplay.Run(Terminal.Plain(TextWriter.Null, stderr), "Building", SlowBuild, TimeSpan.Zero);

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
    public void A_slow_build_on_a_terminal_shows_a_progress_bar_that_is_cleared_at_the_end()
    {
        var stderr = new StringWriter();

        var result = ProgressDisplay.Run(Terminal.Coloured(TextWriter.Null, stderr, interactive: true), "Building", SlowBuild, TimeSpan.FromMilliseconds(50));

        Assert.Same(Done, result);
        Assert.Contains("Building", stderr.ToString());
    }
}
