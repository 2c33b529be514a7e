#!/usr/bin/env bash
# The work of the LegalGen GitHub Action (action.yml): install LegalGen, check the content, build the site, and
# write the outputs. It reads the action's inputs from INPUT_* variables and GitHub's own variables (GITHUB_OUTPUT,
# GITHUB_ACTION_PATH, RUNNER_TEMP, GITHUB_PATH), so it runs the same way outside GitHub, with those set by hand.
set -euo pipefail

content="${INPUT_CONTENT:-content}"
templates="${INPUT_TEMPLATES:-}"
output="${INPUT_OUTPUT:-_site}"
base_url="${INPUT_BASE_URL:-}"
as_of="${INPUT_AS_OF:-}"
strict="${INPUT_STRICT:-true}"
search="${INPUT_SEARCH:-auto}"
pdf="${INPUT_PDF:-false}"
source="${INPUT_LEGALGEN_SOURCE:-repository}"
version="${INPUT_LEGALGEN_VERSION:-}"
action_path="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
temp="${RUNNER_TEMP:-$(mktemp -d)}/legalgen"

# A wrong input stops the action before anything is installed: one annotation saying which input and what it takes.
fail() { echo "::error title=LegalGen action::$1" >&2; exit 2; }
case "$strict" in true|false) ;; *) fail "strict is '$strict': use true or false." ;; esac
case "$pdf" in true|false) ;; *) fail "pdf is '$pdf': use true or false." ;; esac
case "$search" in auto|require|off) ;; *) fail "search is '$search': use auto, require or off." ;; esac
[ -d "$content" ] || fail "content is '$content', which is not a folder here ($(pwd))."
[ -z "$templates" ] || [ -d "$templates" ] || fail "templates is '$templates', which is not a folder here ($(pwd))."

# The as-of date: the later of today (UTC) and the last commit's date, so that a re-run never moves the site back
# in time and a daily run brings each version into force on its date.
if [ -z "$as_of" ]; then
  as_of="$(date -u +%F)"
  if committed="$(git log -1 --format=%ct 2>/dev/null)" && [ -n "$committed" ]; then
    as_of="$(printf '%s\n%s\n' "$as_of" "$(date -u -d "@$committed" +%F)" | sort | tail -n 1)"
  fi
elif ! [[ "$as_of" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
  fail "as-of is '$as_of': use a date like 2026-01-31, or leave it empty for the later of today and the last commit."
fi

# LegalGen, as a .NET tool in a folder of its own.
tools="$temp/tool"
rm -rf "$tools"
if [ "$source" = repository ]; then
  echo "::group::Build LegalGen from $action_path"
  feed="$temp/feed"
  rm -rf "$feed"
  dotnet pack "$action_path/src/LegalGen.Cli/LegalGen.Cli.csproj" -c Release -o "$feed" --artifacts-path "$temp/artifacts" -v q -nologo
  package="$(basename "$(ls "$feed"/LegalGen.*.nupkg)" .nupkg)"
  # The package just made is the only source: nothing else is looked up.
  cat > "$temp/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="legalgen" value="$feed" /></packageSources></configuration>
CONFIG
  dotnet tool install LegalGen --tool-path "$tools" --configfile "$temp/nuget.config" --version "${package#LegalGen.}"
  echo "::endgroup::"
else
  echo "::group::Install LegalGen from $source"
  # A folder is taken from the workspace; a URL as it is, beside the repository's own nuget.config (and its credentials).
  if [ -d "$source" ]; then source="$(cd "$source" && pwd)"; fi
  dotnet tool install LegalGen --tool-path "$tools" --add-source "$source" ${version:+--version "$version"}
  echo "::endgroup::"
fi
legalgen="$tools/legalgen"
[ -z "${GITHUB_PATH:-}" ] || echo "$tools" >> "$GITHUB_PATH"    # later steps can call legalgen too

common=(--content "$content" --as-of "$as_of" --format github)
[ -z "$templates" ] || common+=(--templates "$templates")
[ "$strict" = false ] || common+=(--strict)

check=("${common[@]}")
# check takes what build takes that can change a warning: the as-of date above, and the base URL.
[ -z "$base_url" ] || check+=(--base-url "$base_url")
echo "::group::legalgen check ${check[*]}"
"$legalgen" check "${check[@]}"
echo "::endgroup::"

build=("${common[@]}" --output "$output")
[ -z "$base_url" ] || build+=(--base-url "$base_url")
case "$search" in require) build+=(--search) ;; off) build+=(--no-search) ;; esac
[ "$pdf" = false ] || build+=(--pdf)
echo "::group::legalgen build ${build[*]}"
"$legalgen" build "${build[@]}"
echo "::endgroup::"

site="$(cd "$output" && pwd)"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "site=$site"; echo "as-of=$as_of"; } >> "$GITHUB_OUTPUT"
fi
echo "Built the site in $site as of $as_of."
