#!/usr/bin/env bash
# Prints the figures of issue 4 ("Figures to reach"), each next to its target:
#   - server time of the plan page and of the dashboard for a generated plan of 400 fiches (median, p90);
#   - importing the seed fiche (tests/fixtures/fiche-action-17.txt): the parser in process, and the whole
#     import step through HTTP (paste → review page);
#   - DOCX export of the whole plan.
#
# Usage: bash bench/methodology.sh
#   BENCH_PORT=5397     port on 127.0.0.1 used by the published host
#   BENCH_REQUESTS=30   timed requests per page (after BENCH_WARMUP untimed ones)
#   BENCH_WARMUP=5
# Everything it writes goes to bench/out/methodology/ (git-ignored). Requests go to 127.0.0.1 only; every
# loop is bounded; the host it starts is stopped on exit.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/methodology"
publish="$out/publish"
data="$out/data"
port="${BENCH_PORT:-5397}"
requests="${BENCH_REQUESTS:-30}"
warmup="${BENCH_WARMUP:-5}"
base="http://127.0.0.1:$port"
email="bench@example.fr"
password="Bench-Methodologie-$(date +%s)"
fixture="$root/tests/fixtures/fiche-action-17.txt"
server_pid=""

source "$root/bench/lib.sh"
trap stop_server EXIT

# Median and 90th percentile (nearest rank) of milliseconds, one per line on stdin.
percentiles() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; p = int(NR * 0.9 + 0.999); printf "%.1f %.1f\n", m, v[p] }'; }
# Milliseconds of one request (curl's arguments).
time_ms() { curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$@" | awk '{ printf "%.1f", $1 * 1000 }'; }
# The anti-forgery token of a page.
token_of() {
  local page
  page=$(curl -s --max-time 10 -c "$jar" -b "$jar" "$base$1")
  printf '%s' "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed -n '1{s/.*value="//; s/"$//; p}'
}

if [[ "$(status_of "$base/health")" != 000 ]]; then
  echo "Port $port is already in use on 127.0.0.1: choose another with BENCH_PORT." >&2
  exit 1
fi

mkdir -p "$out"
cd "$root"
echo "== $(date '+%Y-%m-%d %H:%M'); $(nproc) cores; dotnet $(dotnet --version); load average $(load)"

echo "== Publish the host (Release) and build the generator (Release)"
rm -rf "$publish"
dotnet publish src/Host -c Release -o "$publish" -nologo -v quiet >"$out/publish.log" 2>&1 || { tail -30 "$out/publish.log"; exit 1; }
dotnet build bench/methodology -c Release -nologo -v quiet >"$out/generator-build.log" 2>&1 || { tail -30 "$out/generator-build.log"; exit 1; }
generator="bench/methodology/bin/Release/net10.0/Ctg.Bench.Methodology.dll"

echo "== Install CC Yonne Nord on an empty data folder (setup command: every migration runs)"
rm -rf "$data"
(cd "$publish" && CTG_ADMIN_PASSWORD="$password" Ctg__DataDirectory="$data" dotnet Ctg.Host.dll setup --epci 248900896 --admin-email "$email") \
  >"$out/setup.log" 2>&1 || { cat "$out/setup.log"; exit 1; }

echo "== Generate the plan of 400 fiches"
dotnet "$generator" "$data/ctg.db" | tee "$out/generator.log"
plan=$(sed -n 's/^PLAN=//p' "$out/generator.log")

echo "== Time the fiche importer in process on $(basename "$fixture")"
dotnet "$generator" --parse "$fixture" 500 | tee "$out/parser.log"
parse_median=$(sed -n 's/^MEDIAN_MS=//p' "$out/parser.log")
parse_p90=$(sed -n 's/^P90_MS=//p' "$out/parser.log")

echo "== Start the host on $base"
(cd "$publish" && exec env ASPNETCORE_URLS="$base" Serilog__MinimumLevel__Default=Warning Ctg__DataDirectory="$data" dotnet Ctg.Host.dll) \
  >"$out/host.log" 2>&1 &
server_pid=$!
wait_for_host "$base" "$out/host.log"

jar="$out/cookies.txt"
sign_in "$base" "$jar" "$email" "$password"

results=()
measure() { # label, target, curl arguments...
  local label=$1 target=$2 code times=()
  shift 2
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -b "$jar" "$@")
  if [[ "$code" != 200 ]]; then
    echo "$label answered $code" >&2
    exit 1
  fi
  for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null --max-time 60 -b "$jar" "$@"; done
  for _ in $(seq 1 "$requests"); do times+=("$(time_ms -b "$jar" "$@")"); done
  read -r median p90 < <(printf '%s\n' "${times[@]}" | percentiles)
  results+=("$label|$median|$p90|$target")
}

measure "plan page, 400 fiches" 150 "$base/methodologie/plans/$plan"
measure "dashboard, plan of 400 fiches" 150 "$base/methodologie/tableau-de-bord?plan=$plan"
measure "dashboard, all fiches" 150 "$base/methodologie/tableau-de-bord"
measure "fiches list, 400 fiches" "" "$base/methodologie/fiches"
measure "DOCX export of the plan" 2000 "$base/methodologie/plans/$plan/docx"
measure "XLSX export of the plan" "" "$base/methodologie/plans/$plan/xlsx"
# The import step through HTTP: paste the fiche, get the review page back (nothing is saved at this step).
import_token=$(token_of /methodologie/fiches/importer)
measure "import of the seed fiche (HTTP, paste → review)" "" -c "$jar" \
  -F "__RequestVerificationToken=$import_token" -F "texte=<$fixture" "$base/methodologie/fiches/importer?handler=Lire"
review=$(curl -s --max-time 60 -b "$jar" -c "$jar" -F "__RequestVerificationToken=$import_token" -F "texte=<$fixture" \
  "$base/methodologie/fiches/importer?handler=Lire")
if ! grep -q 'name="Input.Missions\[4\].Title"' <<<"$review"; then
  echo "The import step did not give the review of Fiche 17 with its five missions." >&2
  exit 1
fi
docx_bytes=$(curl -s --max-time 60 -b "$jar" "$base/methodologie/plans/$plan/docx" | wc -c)
stop_server

echo "   load average at the end: $(load) (other work on the machine slows every figure down)"
echo
echo "== Figures (issue 4), $requests requests per page after $warmup warm-up, curl time_total on loopback"
printf '%-52s %9s %9s %11s\n' "measure" "median" "p90" "target"
printf '%-52s %6s ms %6s ms  <= %4s ms  %s\n' "import of the seed fiche (parser, in process)" "$parse_median" "$parse_p90" 50 "$(verdict "$parse_median" 50)"
for row in "${results[@]}"; do
  IFS='|' read -r label median p90 target <<<"$row"
  if [[ -n "$target" ]]; then
    printf '%-52s %6s ms %6s ms  <= %4s ms  %s\n' "$label" "$median" "$p90" "$target" "$(verdict "$median" "$target")"
  else
    printf '%-52s %6s ms %6s ms  (no target)\n' "$label" "$median" "$p90"
  fi
done
echo "   DOCX of the plan: $(( docx_bytes / 1024 )) KB"
