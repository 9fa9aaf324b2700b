#!/usr/bin/env bash
# Prints the figures of issue 3 ("Figures to reach"): server time of the Governance dashboard and of an
# instance page on a large territory (60 communes, 300 organisations, 800 persons, 40 instances,
# 1 500 séances over 6 years, 30 000 attendance rows, 4 000 decisions), median and p90, next to the
# target of 100 ms. The number of SQL queries per page is checked by a test (QueryCountTests), not here.
#
# Usage: bash bench/governance.sh
#   BENCH_PORT=5398     port on 127.0.0.1 used by the published host
#   BENCH_REQUESTS=50   timed requests per page (after BENCH_WARMUP untimed ones)
#   BENCH_WARMUP=5
# Everything it writes goes to bench/out/governance/ (git-ignored). Requests go to 127.0.0.1 only; every
# loop is bounded; the host it starts is stopped on exit. See bench/governance/README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/governance"
publish="$out/publish"
data="$out/data"
port="${BENCH_PORT:-5398}"
requests="${BENCH_REQUESTS:-50}"
warmup="${BENCH_WARMUP:-5}"
base="http://127.0.0.1:$port"
email="bench@example.fr"
password="Bench-Gouvernance-$(date +%s)"
server_pid=""

source "$root/bench/lib.sh"
trap stop_server EXIT

host_env() {
  env Ctg__DataDirectory="$data" Modules__Governance__Enabled=true Modules__Dispositifs__Enabled=true \
    Modules__Methodology__Enabled=true Modules__Evaluation__Enabled=true "$@"
}
# Median and 90th percentile (nearest rank) of milliseconds, one per line on stdin.
percentiles() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; p = int(NR * 0.9 + 0.999); printf "%.1f %.1f\n", m, v[p] }'; }

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
dotnet build bench/governance -c Release -nologo -v quiet >"$out/generator-build.log" 2>&1 || { tail -30 "$out/generator-build.log"; exit 1; }

echo "== Install CC Yonne Nord on an empty data folder (setup command: every migration runs)"
rm -rf "$data"
(cd "$publish" && host_env CTG_ADMIN_PASSWORD="$password" dotnet Ctg.Host.dll setup --epci 248900896 --admin-email "$email") >"$out/setup.log" 2>&1 \
  || { cat "$out/setup.log"; exit 1; }

echo "== Generate the large territory"
dotnet bench/governance/bin/Release/net10.0/Ctg.Bench.Governance.dll "$data/ctg.db" | tee "$out/generator.log"
instance=$(sed -n 's/^INSTANCE=//p' "$out/generator.log")

echo "== Start the host on $base"
(cd "$publish" && exec env ASPNETCORE_URLS="$base" Serilog__MinimumLevel__Default=Warning \
  Ctg__DataDirectory="$data" Modules__Governance__Enabled=true Modules__Dispositifs__Enabled=true \
  Modules__Methodology__Enabled=true Modules__Evaluation__Enabled=true dotnet Ctg.Host.dll) >"$out/host.log" 2>&1 &
server_pid=$!
wait_for_host "$base" "$out/host.log"

jar="$out/cookies.txt"
sign_in "$base" "$jar" "$email" "$password"

last_year=$(( $(date +%Y) - 1 ))
pages=(
  "/gouvernance/tableau-de-bord"
  "/gouvernance/tableau-de-bord?periode=$last_year"
  "/gouvernance/instances/$instance"
  "/gouvernance/tableau-de-bord?periode=tout"
  "/gouvernance/suivi"
  "/gouvernance/calendrier"
)
targets=(100 100 100 "" "" "")
results=()
for i in "${!pages[@]}"; do
  page="${pages[$i]}"
  code=$(status_of -b "$jar" "$base$page")
  if [[ "$code" != 200 ]]; then
    echo "$page answered $code" >&2
    exit 1
  fi
  for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null --max-time 30 -b "$jar" "$base$page"; done
  times=()
  for _ in $(seq 1 "$requests"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' --max-time 30 -b "$jar" "$base$page" | awk '{ printf "%.1f", $1 * 1000 }')")
  done
  read -r median p90 < <(printf '%s\n' "${times[@]}" | percentiles)
  results+=("$page|$median|$p90|${targets[$i]}")
done
stop_server

echo "   load average at the end: $(load) (other work on the machine slows every figure down)"
echo
echo "== Figures (issue 3), $requests requests per page after $warmup warm-up, curl time_total on loopback"
printf '%-60s %9s %9s %10s\n' "page" "median" "p90" "target"
for row in "${results[@]}"; do
  IFS='|' read -r page median p90 target <<<"$row"
  if [[ -n "$target" ]]; then
    printf '%-60s %6s ms %6s ms  <= %s ms  %s\n' "$page" "$median" "$p90" "$target" "$(verdict "$median" "$target")"
  else
    printf '%-60s %6s ms %6s ms  (no target)\n' "$page" "$median" "$p90"
  fi
done
