namespace LegalGen.Output;

public sealed partial class SiteWriter
{
    /// <summary>
    /// Puts the staged site in place of the output folder, then removes the old site. The swap is one
    /// system call where there is one (<see cref="DirectoryExchange"/>), so the output names the old site,
    /// then the new one, and never nothing; elsewhere it is two renames, and a build killed between them is
    /// repaired by the next (<see cref="InterruptedBuilds"/>). An old site that cannot be removed is no failure:
    /// the new site is in place; it is returned among the leftovers, and the next build tries again.
    /// </summary>
    /// <returns>The folders that could not be removed, this build's old site or earlier builds' leftovers.</returns>
    public IReadOnlyList<LeftoverFolder> Commit()
    {
        var old = OutputFaultException.Guard(_output, Swap);
        _committed = true;
        if (old is not null) InterruptedBuilds.TryDelete(old, _leftovers);
        _lock.Dispose();
        return _leftovers;
    }

    /// <summary>Where the old site is once the new one is in place; null when there was none.</summary>
    private string? Swap()
    {
        using var swapping = OutputLock.Acquire(_output);

        // The first build: a rename is atomic, and there is no site to keep meanwhile.
        if (!Directory.Exists(_output.FullPath))
        {
            Directory.Move(StagingDirectory, _output.FullPath);
            return null;
        }

        if (_exchange && DirectoryExchange.TryExchange(StagingDirectory, _output.FullPath)) return StagingDirectory;

        var previous = _output.Previous(_lock.Id);
        Directory.Move(_output.FullPath, previous);
        try
        {
            Directory.Move(StagingDirectory, _output.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Put the old site back; if even that fails, the next build does (it finds the output missing).
            try
            {
                Directory.Move(previous, _output.FullPath);
            }
            catch (Exception rollback) when (rollback is IOException or UnauthorizedAccessException)
            {
            }

            throw;
        }

        return previous;
    }
}
