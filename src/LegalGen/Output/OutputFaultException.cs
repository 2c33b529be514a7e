namespace LegalGen.Output;

/// <summary>
/// Carries an <see cref="OutputFault"/> from deep inside a build — a page written on a worker thread — to
/// <see cref="Build.SiteBuilder"/>, which turns it into a result. Thrown only by <see cref="SiteWriter"/>,
/// for its own file-system operations, so a fault reading the templates is not taken for one writing the site.
/// </summary>
internal sealed class OutputFaultException(OutputFault fault, Exception inner) : Exception(fault.Message, inner)
{
    public OutputFault Fault { get; } = fault;

    /// <summary>The fault in <paramref name="e"/>, also when it arrives inside an <see cref="AggregateException"/> from parallel work.</summary>
    public static OutputFault? Find(Exception e) => e switch
    {
        OutputFaultException fault => fault.Fault,
        AggregateException all => all.Flatten().InnerExceptions.OfType<OutputFaultException>().FirstOrDefault()?.Fault,
        _ => null,
    };

    /// <summary>Runs a file-system operation of the site's, turning its I/O failures into output faults.</summary>
    public static T Guard<T>(OutputFolder output, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFaultException(OutputFault.From(e, output), e);
        }
    }

    public static void Guard(OutputFolder output, Action operation) => Guard(output, () =>
    {
        operation();
        return true;
    });
}
