using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>
/// One page to render: its frame (<see cref="Page"/>: kind, language, address, switcher, feeds) and, in each
/// derived record, its kind's own data. The template of <see cref="PageFrame.Kind"/> renders it; every
/// property is a variable of that template, in snake_case.
/// </summary>
public abstract record PageModel(PageFrame Page);
