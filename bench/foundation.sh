#!/usr/bin/env bash
# Prints the three figures of issue 2 (platform foundation), each next to its target:
#   (a) launch of the published host to its first successful page, four modules enabled:
#       median of N launches, on an empty database (installation page) and on an installed demo database
#       (and, for comparison, on a database installed by the setup command);
#   (b) resident memory (VmRSS) after start-up, and after 100 page views by a signed-in user;
#   (c) duration of `dotnet test CtgPlatform.sln --no-build` on an already built tree.
# Not a test: figures depend on the machine. See bench/README.md for the figures measured.
#
# Usage: bash bench/foundation.sh
#   BENCH_PORT=5399    port on 127.0.0.1 used by the published host
#   BENCH_RUNS=5       launches per database state for (a)
#   BENCH_SKIP_TESTS=1 skip (c)
# Everything it writes goes to bench/out/ (git-ignored). Requests go to 127.0.0.1 only; every loop is
# bounded; the processes it starts are stopped on exit.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out"
publish="$out/publish"
port="${BENCH_PORT:-5399}"
runs="${BENCH_RUNS:-5}"
base="http://127.0.0.1:$port"
password="Bench-Demo-$(date +%s)"
server_pid=""

source "$root/bench/lib.sh"
trap stop_server EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }


# Starts the published host on a data folder, from the publish folder (its content root: appsettings.json,
# wwwroot), with the four modules enabled. Extra arguments go to the host (e.g. --demo).
start_server() {
  local data="$1" log="$2"
  shift 2
  (
    cd "$publish"
    exec env ASPNETCORE_URLS="$base" Ctg__DataDirectory="$data" CTG_DEMO_PASSWORD="$password" \
      Modules__Governance__Enabled=true Modules__Dispositifs__Enabled=true \
      Modules__Methodology__Enabled=true Modules__Evaluation__Enabled=true \
      dotnet Ctg.Host.dll "$@"
  ) >"$log" 2>&1 &
  server_pid=$!
}

# Polls a page until it answers 200 (at most 60 s); prints the milliseconds since $1.
wait_for_page() {
  local started="$1" path="$2"
  for _ in $(seq 1 3000); do
    if [[ "$(status_of "$base$path")" == 200 ]]; then
      echo $(( $(now_ms) - started ))
      return 0
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the host stopped before answering $path" >&2
      return 1
    fi
    sleep 0.02
  done
  echo "no answer 200 from $path within 60 s" >&2
  return 1
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status"; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }

if [[ "$(status_of "$base/health")" != 000 ]]; then
  echo "Port $port is already in use on 127.0.0.1: choose another with BENCH_PORT." >&2
  exit 1
fi

mkdir -p "$out"
cd "$root"
echo "== $(date '+%Y-%m-%d %H:%M'); $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); dotnet $(dotnet --version); load average $(load)"

echo "== Build (Debug, for the tests) and publish (Release, for the launches)"
dotnet build CtgPlatform.sln -nologo -v quiet >"$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
rm -rf "$publish"
dotnet publish src/Host -c Release -o "$publish" -nologo -v quiet >"$out/publish.log" 2>&1 || { tail -30 "$out/publish.log"; exit 1; }

# (a) Empty database: a fresh data folder at each launch; the first page is the installation page.
empty=()
for i in $(seq 1 "$runs"); do
  rm -rf "$out/data-empty"
  started=$(now_ms)
  start_server "$out/data-empty" "$out/launch-empty-$i.log"
  elapsed=$(wait_for_page "$started" /installation)
  empty+=("$elapsed")
  stop_server
done
echo "   empty database, launches (ms): ${empty[*]}"

# (a) Installed demo database: created once (not timed), then each launch opens it; first page: sign-in.
rm -rf "$out/data-demo"
start_server "$out/data-demo" "$out/demo-install.log" --demo
wait_for_page "$(now_ms)" /connexion >/dev/null
stop_server
demo=()
for i in $(seq 1 "$runs"); do
  started=$(now_ms)
  start_server "$out/data-demo" "$out/launch-demo-$i.log" --demo
  elapsed=$(wait_for_page "$started" /connexion)
  demo+=("$elapsed")
  stop_server
done
echo "   demo database, launches (ms): ${demo[*]}"

# (a) For comparison, a database installed by the setup command (not the demo, whose start-up also resets
# the demo accounts' passwords); first page: sign-in.
rm -rf "$out/data-setup"
(cd "$publish" && CTG_ADMIN_PASSWORD="$password" Ctg__DataDirectory="$out/data-setup" \
  dotnet Ctg.Host.dll setup --epci 248900896 --admin-email admin@bench.local) >"$out/setup.log" 2>&1
start_server "$out/data-setup" "$out/setup-first.log"
wait_for_page "$(now_ms)" /connexion >/dev/null
stop_server
installed=()
for i in $(seq 1 "$runs"); do
  started=$(now_ms)
  start_server "$out/data-setup" "$out/launch-installed-$i.log"
  elapsed=$(wait_for_page "$started" /connexion)
  installed+=("$elapsed")
  stop_server
done
echo "   installed database (setup), launches (ms): ${installed[*]}"

# (b) Memory: the demo, after start-up, then after 100 page views by the demo coordinator.
start_server "$out/data-demo" "$out/memory.log" --demo
wait_for_page "$(now_ms)" /connexion >/dev/null
sleep 2
rss_start=$(rss_kb)
jar="$out/cookies.txt"
sign_in "$base" "$jar" coordination@demo.local "$password"
# The pages: the home page and every entry of the main navigation the coordinator sees.
mapfile -t pages < <( { echo /; curl -s --max-time 10 -b "$jar" "$base/" \
  | grep -o 'class="nav-link[^"]*" href="/[^"#]*"' | sed 's/.*href="//; s/"$//'; } | awk '!seen[$0]++')
views=0 failures=0
while (( views < 100 )); do
  for page in "${pages[@]}"; do
    (( views < 100 )) || break
    code=$(status_of -b "$jar" "$base$page")
    [[ "$code" == 200 ]] || failures=$((failures + 1))
    views=$((views + 1))
  done
done
rss_after=$(rss_kb)
# Tiered compilation keeps recompiling warm methods in the background for a few seconds after the last
# request: the figure once that work is done is read 10 s later, without any request in between.
sleep 10
rss_settled=$(rss_kb)
hwm_after=$(hwm_kb)
stop_server
echo "   pages viewed in turn: ${pages[*]} ($views views, $failures not answered 200)"

# (c) The tests on the tree built above.
test_ms=""
if [[ "${BENCH_SKIP_TESTS:-}" != 1 ]]; then
  started=$(now_ms)
  test_rc=0
  dotnet test CtgPlatform.sln --no-build -nologo >"$out/test.log" 2>&1 || test_rc=$?
  test_ms=$(( $(now_ms) - started ))
  summary=$(grep -oE 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$out/test.log" \
    | awk -F'[:,] +' '{ f += $2; p += $4; s += $6; n++ } END { printf "%d test projects: %d passed, %d failed, %d skipped", n, p, f, s }')
  echo "   dotnet test --no-build: exit code $test_rc; $summary"
fi

echo "   load average at the end: $(load) (other work on the machine slows every figure down)"
empty_ms=$(median "${empty[@]}")
demo_ms=$(median "${demo[@]}")
installed_ms=$(median "${installed[@]}")
echo
echo "== Figures (issue 2)                                      measured     target"
printf '(a) launch to first page, empty db (installation)     %6s ms   <= 3000 ms  %s\n' "$empty_ms" "$(verdict "$empty_ms" 3000)"
printf '(a) launch to first page, installed demo db (sign-in) %6s ms   <= 3000 ms  %s\n' "$demo_ms" "$(verdict "$demo_ms" 3000)"
printf '    for comparison, db installed by setup (sign-in)   %6s ms   <= 3000 ms  %s\n' "$installed_ms" "$(verdict "$installed_ms" 3000)"
printf '(b) resident memory after start-up                    %6s MB   <= 200 MB   %s\n' "$(mb "$rss_start")" "$(verdict "$(mb "$rss_start")" 200)"
printf '(b) resident memory right after 100 page views        %6s MB   <= 200 MB   %s  (peak %s MB)\n' "$(mb "$rss_after")" "$(verdict "$(mb "$rss_after")" 200)" "$(mb "$hwm_after")"
printf '(b) resident memory 10 s after the 100 page views     %6s MB   <= 200 MB   %s\n' "$(mb "$rss_settled")" "$(verdict "$(mb "$rss_settled")" 200)"
if [[ -n "$test_ms" ]]; then
  printf '(c) dotnet test --no-build, built tree                %6s ms   <= 60000 ms %s\n' "$test_ms" "$(verdict "$test_ms" 60000)"
fi
