#!/usr/bin/env python3
"""Writes the Unicode data that LegalGen's own normalizer and id casing use, so that no output depends on ICU.

Reads the Unicode Character Database (Debian/Ubuntu: apt-get install unicode-data) and writes
  src/LegalGen/Text/UnicodeCharacterDatabase.Generated.cs        canonical combining classes, canonical
                                                                  decompositions, composition exclusions,
                                                                  simple lowercase mappings
  tests/LegalGen.Tests/Text/AssignedCodePoints.Generated.cs       the code points assigned in that version,
                                                                  for the tests that compare with ICU

Run from anywhere: python3 src/LegalGen/Text/generate-unicode-data.py [UCD folder, default /usr/share/unicode]
"""
import os
import re
import sys

UCD = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
RUNTIME_FILE = os.path.join(REPO, "src", "LegalGen", "Text", "UnicodeCharacterDatabase.Generated.cs")
TEST_FILE = os.path.join(REPO, "tests", "LegalGen.Tests", "Text", "AssignedCodePoints.Generated.cs")


def read_unicode_data():
    """Rows of UnicodeData.txt as (code point, fields); a First/Last pair stands for every code point between."""
    rows = []
    with open(os.path.join(UCD, "UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split(";")
            rows.append((int(fields[0], 16), fields))
    return rows


def read_version():
    """The UCD version, from the header of a file that states it (UnicodeData.txt itself does not)."""
    with open(os.path.join(UCD, "DerivedAge.txt"), encoding="utf-8") as f:
        match = re.match(r"# DerivedAge-(\d+\.\d+\.\d+)\.txt", f.readline())
    if not match:
        sys.exit("cannot read the Unicode version from DerivedAge.txt")
    return match.group(1)


def read_composition_exclusions():
    """The code points listed (not commented out) in CompositionExclusions.txt."""
    excluded = []
    with open(os.path.join(UCD, "CompositionExclusions.txt"), encoding="utf-8") as f:
        for line in f:
            code = line.split("#")[0].strip()
            if code:
                excluded.append(int(code, 16))
    return sorted(excluded)


def assigned_ranges(rows):
    ranges = []
    i = 0
    while i < len(rows):
        cp, fields = rows[i]
        last = cp
        if fields[1].endswith(", First>"):
            last = rows[i + 1][0]
            i += 1
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = last
        else:
            ranges.append([cp, last])
        i += 1
    return ranges


def combining_class_ranges(rows):
    """(first, last, class) for runs of consecutive code points with the same non-zero class."""
    ranges = []
    for cp, fields in rows:
        ccc = int(fields[3])
        if ccc == 0:
            continue
        if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == ccc:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, ccc])
    return ranges


def canonical_decompositions(rows):
    """(code point, first, second or 0): UnicodeData's one-level canonical mappings; compatibility ones start with '<'."""
    result = []
    for cp, fields in rows:
        mapping = fields[5]
        if not mapping or mapping.startswith("<"):
            continue
        parts = [int(p, 16) for p in mapping.split()]
        if len(parts) > 2:
            sys.exit(f"U+{cp:04X}: a canonical mapping of more than two code points")
        result.append([cp, parts[0], parts[1] if len(parts) == 2 else 0])
    return result


def lowercase_runs(rows):
    """
    (first, last, delta, step): the simple lowercase mapping of the BMP, as runs of code points step apart (1, or 2
    for the alternating capital/small pairs) whose lowercase is delta away. U+0130 is left out, as .NET's invariant
    casing leaves it out: its simple lowercase 'i' would drop the dot.
    """
    runs = []
    for cp, fields in rows:
        if not fields[13] or cp > 0xFFFF or cp == 0x130:
            continue
        lower = int(fields[13], 16)
        if lower > 0xFFFF:
            sys.exit(f"U+{cp:04X}: lowercase outside the BMP")
        delta = lower - cp
        if runs:
            first, last, d, step = runs[-1]
            if d == delta and ((step in (0, 1) and cp == last + 1) or (step in (0, 2) and cp == last + 2)):
                runs[-1] = [first, cp, d, cp - last]
                continue
        runs.append([cp, cp, delta, 0])
    return [[first, last, delta, step or 1] for first, last, delta, step in runs]


def int_array(name, comment, rows, per_line, decimal_columns=()):
    """A span of ints, per_line rows a line; code points in hex, the columns listed in decimal_columns in decimal."""
    cells = [str(v) if c in decimal_columns else format_code_point(v) for row in rows for c, v in enumerate(row)]
    width = len(rows[0])
    lines = []
    for i in range(0, len(cells), per_line * width):
        lines.append("        " + ", ".join(cells[i:i + per_line * width]) + ",")
    body = "\n".join(lines)
    return f"""    /// <summary>{comment}</summary>
    public static ReadOnlySpan<int> {name} =>
    [
{body}
    ];
"""


def format_code_point(v):
    return f"0x{v:X}"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(path, REPO)}")


def main():
    rows = read_unicode_data()
    version = read_version()
    header = f"// <auto-generated>\n// Written by src/LegalGen/Text/generate-unicode-data.py from the Unicode Character Database {version}; do not edit.\n// </auto-generated>\n"

    runtime = header + f"""namespace LegalGen.Text;

/// <summary>The parts of the Unicode Character Database {version} that canonical normalization and id casing need.</summary>
internal static class UnicodeCharacterDatabase
{{
    public const string Version = "{version}";

{int_array("CombiningClasses", "(first, last, class) for every run of code points with the same non-zero canonical combining class.", combining_class_ranges(rows), 6, decimal_columns=(2,))}
{int_array("CanonicalDecompositions", "(code point, first, second or 0): the one-level canonical decomposition mappings, Hangul syllables aside.", canonical_decompositions(rows), 5)}
{int_array("CompositionExclusions", "Composites listed in CompositionExclusions.txt; singletons and non-starter decompositions are excluded too, derived.", [[c] for c in read_composition_exclusions()], 16)}
{int_array("LowercaseRuns", "(first, last, delta, step): BMP code points first, first + step, … last lowercase to themselves + delta; U+0130 stays.", lowercase_runs(rows), 4, decimal_columns=(2, 3))}}}
"""
    write(RUNTIME_FILE, runtime)

    test = header + f"""namespace LegalGen.Tests.Text;

/// <summary>The code points assigned in Unicode {version}, the version of LegalGen's normalization data.</summary>
internal static partial class AssignedCodePoints
{{
{int_array("Ranges", "(first, last) for every run of assigned code points, in order.", assigned_ranges(rows), 8)}}}
"""
    write(TEST_FILE, test)


main()
