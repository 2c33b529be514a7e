#!/usr/bin/env bash
# Builds a generated corpus with LegalGen and, when installed (apt-get install hugo), with Hugo, alternating
# run by run, and prints each one's median wall time, peak memory (maximum resident set) and output size.
#
#   tests/bench/build-vs-hugo.sh [POLICIES VERSIONS LANGUAGES [RUNS]]     default: 50 10 4, 5 runs
#
# The corpus comes from gen_corpus.py (GENERATOR=path, default ../shared/bench/gen_corpus.py beside the
# clone), which also writes the minimal Hugo site that renders the same files. LegalGen runs as the Release
# build of src/LegalGen.Cli; each run is a full build into an empty folder (no earlier site to reuse).
set -euo pipefail
cd "$(dirname "$0")/../.."
policies="${1:-50}" versions="${2:-10}" languages="${3:-4}" runs="${4:-5}"
generator="${GENERATOR:-../shared/bench/gen_corpus.py}"
if [ ! -f "$generator" ]; then
  echo "No corpus generator at $generator: set GENERATOR=path/to/gen_corpus.py." >&2
  exit 2
fi
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$generator" "$work/corpus" "$policies" "$versions" "$languages" >/dev/null
files=$(find "$work/corpus/content" -name '*.md' | wc -l)
dotnet build -c Release src/LegalGen.Cli -v q -nologo >/dev/null
legalgen="src/LegalGen.Cli/bin/Release/net10.0/LegalGen.Cli"
have_hugo=0; command -v hugo >/dev/null && have_hugo=1

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
run() { # name, output folder, command...
  local name="$1" out="$2"; shift 2
  rm -rf "$out"
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r wall kb <"$work/time"
  echo "$wall $kb $(du -sb "$out" | cut -f1) $(find "$out" -name '*.html' | wc -l)" >>"$work/$name"
}

for _ in $(seq "$runs"); do
  run legalgen "$work/lg-site" "$legalgen" build --content "$work/corpus/content" --output "$work/lg-site" --as-of 2026-11-30 --format json
  if [ "$have_hugo" = 1 ]; then (cd "$work/corpus" && run hugo "$work/hugo-site" hugo --quiet -d "$work/hugo-site"); fi
done

printf '\ncorpus: %s policies x %s versions x %s languages = %s files; %s runs each, alternating; medians\n\n' "$policies" "$versions" "$languages" "$files" "$runs"
printf '%-9s %10s %14s %14s %8s\n' tool "wall (s)" "peak (MB)" "output (MB)" pages
for name in legalgen hugo; do
  [ -f "$work/$name" ] || continue
  wall=$(cut -d' ' -f1 "$work/$name" | median)
  peak=$(cut -d' ' -f2 "$work/$name" | median)
  bytes=$(cut -d' ' -f3 "$work/$name" | median)
  pages=$(cut -d' ' -f4 "$work/$name" | median)
  printf '%-9s %10.2f %14.0f %14.1f %8d\n' "$name" "$wall" "$(awk "BEGIN {print $peak / 1024}")" "$(awk "BEGIN {print $bytes / 1048576}")" "$pages"
done
[ "$have_hugo" = 1 ] || echo "(Hugo is not installed: apt-get install hugo to compare.)"
