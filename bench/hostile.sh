#!/usr/bin/env bash
# Prints the figures of issue 8 ("Figures") for the hostile Word files and plan outlines, each next to its target:
#   - resident memory of the host when idle;
#   - its peak during the worst ACCEPTED upload (a 9.5 MB .docx of 990 000 characters through the fiche import,
#     the largest outline through the plan import) and during each REFUSED one (a .docx nested 30 000 deep, one of
#     49 million characters, 8 of those at once, a part that unzips to 200 MB, an outline of 10 000 lines);
#   - the time to refuse each hostile file;
#   - resident memory 30 s after the last upload;
#   - the weight of the plan page after importing the largest outline, folded and with one branch unfolded.
# Targets: peak <= idle + 150 MB, back within 30 MB of idle 30 s later, each refusal <= 1 s.
#
# Usage: bash bench/hostile.sh
#   BENCH_PORT=5398     port on 127.0.0.1 used by the published host
# Everything it writes goes to bench/out/hostile/ (git-ignored): the generated files (bench/hostile.py), the
# host's log, the answers. Requests go to 127.0.0.1 only; every loop is bounded; the host it starts is stopped
# on exit. Peaks are the highest of VmRSS sampled every 10 ms and of VmHWM, reset before each upload through
# /proc/<pid>/clear_refs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/hostile"
publish="$out/publish"
data="$out/data"
files="$out/files"
port="${BENCH_PORT:-5398}"
base="http://127.0.0.1:$port"
email="bench@example.fr"
password="Bench-Hostile-$(date +%s)"
server_pid=""

source "$root/bench/lib.sh"
trap stop_server EXIT

# Resident memory of the host in MB (VmRSS or VmHWM).
memory() { awk -v k="$1:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }
# The anti-forgery token of a page.
token_of() {
  curl -s --max-time 10 -c "$jar" -b "$jar" "$base$1" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed -n '1{s/.*value="//; s/"$//; p}'
}

if [[ "$(status_of "$base/health")" != 000 ]]; then
  echo "Port $port is already in use on 127.0.0.1: choose another with BENCH_PORT." >&2
  exit 1
fi

mkdir -p "$out"
cd "$root"
echo "== $(date '+%Y-%m-%d %H:%M'); $(nproc) cores; dotnet $(dotnet --version); load average $(load)"

echo "== Generate the hostile files (bench/hostile.py)"
python3 bench/hostile.py "$files"
ls -l "$files" | awk 'NR > 1 { printf "   %-20s %10d bytes\n", $9, $5 }'

echo "== Publish the host (Release)"
rm -rf "$publish"
dotnet publish src/Host -c Release -o "$publish" -nologo -v quiet >"$out/publish.log" 2>&1 || { tail -30 "$out/publish.log"; exit 1; }

echo "== Install CC Yonne Nord on an empty data folder"
rm -rf "$data"
(cd "$publish" && CTG_ADMIN_PASSWORD="$password" Ctg__DataDirectory="$data" dotnet Ctg.Host.dll setup --epci 248900896 --admin-email "$email") \
  >"$out/setup.log" 2>&1 || { cat "$out/setup.log"; exit 1; }

echo "== Start the host on $base"
(cd "$publish" && exec env ASPNETCORE_URLS="$base" Serilog__MinimumLevel__Default=Warning Ctg__DataDirectory="$data" dotnet Ctg.Host.dll) \
  >"$out/host.log" 2>&1 &
server_pid=$!
wait_for_host "$base" "$out/host.log"

jar="$out/cookies.txt"
sign_in "$base" "$jar" "$email" "$password"

# Two plans: one for the refused outlines and Word files, one that receives the largest outline.
new_plan() {
  local t
  t=$(token_of /methodologie/plans/nouveau)
  curl -s -o /dev/null -w '%{redirect_url}' --max-time 30 -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$t" \
    --data-urlencode "Input.Title=$1" --data-urlencode "Input.StartsOn=2024-01-01" --data-urlencode "Input.EndsOn=2028-12-31" \
    --data-urlencode "Input.Levels[0]=Axe" --data-urlencode "Input.Levels[1]=Objectif" "$base/methodologie/plans/nouveau" | sed 's#.*/##'
}
plan=$(new_plan "Plan des essais hostiles")
large=$(new_plan "Plan le plus grand accepté")
[[ -n "$plan" && -n "$large" ]] || { echo "Could not create the plans" >&2; exit 1; }
fiche_token=$(token_of /methodologie/fiches/importer)
plan_token=$(token_of "/methodologie/plans/$plan/importer")
large_token=$(token_of "/methodologie/plans/$large/importer")

# Warm up both import pages with the seed fiche, so that the idle figure includes the code they run.
for _ in 1 2 3; do
  curl -s -o /dev/null --max-time 30 -b "$jar" -F "__RequestVerificationToken=$fiche_token" -F "fichier=@tests/fixtures/fiche-action-17.docx" \
    "$base/methodologie/fiches/importer?handler=Lire"
  curl -s -o /dev/null --max-time 30 -b "$jar" -F "__RequestVerificationToken=$plan_token" -F "texte=Axe 1 – Essai" \
    "$base/methodologie/plans/$plan/importer?handler=Apercu"
done
sleep 5
idle=$(memory VmRSS)
echo "   idle: $idle MB"

rows=()
# label, expected text in the answer ("" for an accepted upload), parallel count, curl arguments...
# Prints nothing; appends "label|status|ms|peak MB|verdict of the answer" to rows.
measure() {
  local label=$1 expected=$2 parallel=$3 peak=0 hwm sampler start end ms status check
  shift 3
  echo 5 >"/proc/$server_pid/clear_refs" 2>/dev/null || true
  ( while kill -0 "$server_pid" 2>/dev/null; do memory VmRSS; echo; sleep 0.01; done ) >"$out/samples.txt" &
  sampler=$!
  start=$(date +%s%N)
  local pids=()
  for i in $(seq 1 "$parallel"); do
    curl -s -o "$out/answer-$i.html" -w '%{http_code}\n' --max-time 60 -b "$jar" "$@" >"$out/status-$i.txt" &
    pids+=($!)
  done
  wait "${pids[@]}" || true
  end=$(date +%s%N)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  ms=$(( (end - start) / 1000000 ))
  peak=$(sort -n "$out/samples.txt" | tail -1)
  hwm=$(memory VmHWM)
  (( hwm > peak )) && peak=$hwm
  status=$(sort -u "$out"/status-*.txt | tr '\n' ' ')
  if [[ -z "$expected" ]]; then check="accepted"; else
    check="refused in French"
    for i in $(seq 1 "$parallel"); do grep -q "$expected" "$out/answer-$i.html" || check="MESSAGE MISSING"; done
  fi
  rm -f "$out"/status-*.txt
  cp "$out/answer-1.html" "$out/answer-$(echo "$label" | tr -c 'a-zA-Z0-9' '-').html"
  rows+=("$label|$status|$ms|$peak|$check|$(memory VmRSS)")
}

fiche_url="$base/methodologie/fiches/importer?handler=Lire"
plan_url="$base/methodologie/plans/$plan/importer?handler=Apercu"
deep="imbrique plus de 100"
long="1&#x202F;000&#x202F;000 caract"
measure "ACCEPTED fiche, 9.5 MB .docx, 990 000 chars" "" 1 -F "__RequestVerificationToken=$fiche_token" -F "fichier=@$files/accepted.docx" "$fiche_url"
grep -q 'Input.Title' "$out/answer-1.html" || { echo "The largest fiche was not accepted" >&2; exit 1; }
measure "ACCEPTED outline, 1 550 lines (preview)" "" 1 -F "__RequestVerificationToken=$large_token" -F "texte=<$files/outline-max.txt" \
  "$base/methodologie/plans/$large/importer?handler=Apercu"
content=$(grep -o 'name="Input.Content" value="[^"]*"' "$out/answer-1.html" | sed 's/.*value="//; s/"$//')
version=$(grep -o 'name="Input.Version" value="[^"]*"' "$out/answer-1.html" | sed 's/.*value="//; s/"$//')
[[ -n "$content" ]] || { echo "The largest outline was not accepted" >&2; exit 1; }
measure "ACCEPTED outline, 1 550 lines (save)" "" 1 --data-urlencode "__RequestVerificationToken=$large_token" \
  --data-urlencode "Input.Content=$content" --data-urlencode "Input.Version=$version" "$base/methodologie/plans/$large/importer?handler=Enregistrer"
measure "refused: fiche, nested 30 000 deep" "$deep" 1 -F "__RequestVerificationToken=$fiche_token" -F "fichier=@$files/deep.docx" "$fiche_url"
measure "refused: plan, nested 30 000 deep" "$deep" 1 -F "__RequestVerificationToken=$plan_token" -F "fichier=@$files/deep.docx" "$plan_url"
measure "refused: fiche, nested 10 000 deep" "$deep" 1 -F "__RequestVerificationToken=$fiche_token" -F "fichier=@$files/deep-10000.docx" "$fiche_url"
measure "refused: fiche, 49 M characters" "$long" 1 -F "__RequestVerificationToken=$fiche_token" -F "fichier=@$files/huge-text.docx" "$fiche_url"
measure "refused: plan, 49 M characters" "$long" 1 -F "__RequestVerificationToken=$plan_token" -F "fichier=@$files/huge-text.docx" "$plan_url"
measure "refused: fiche, 49 M characters x 8 at once" "$long" 8 -F "__RequestVerificationToken=$fiche_token" -F "fichier=@$files/huge-text.docx" "$fiche_url"
measure "refused: fiche, part of 200 MB unzipped" "20 Mo une fois" 1 -F "__RequestVerificationToken=$fiche_token" -F "fichier=@$files/xml-bomb.docx" "$fiche_url"
measure "refused: plan, outline of 10 000 lines" "Le texte compte 10" 1 -F "__RequestVerificationToken=$plan_token" -F "texte=<$files/outline-10000.txt" "$plan_url"

health=$(status_of "$base/health")
echo "   waiting 30 s"
sleep 30
after=$(memory VmRSS)

folded=$(curl -s --max-time 60 -b "$jar" "$base/methodologie/plans/$large" | wc -c)
branch=$(curl -s --max-time 60 -b "$jar" "$base/methodologie/plans/$large" | grep -o 'noeud=[0-9a-f-]*#' | sed -n '1{s/#//; p}')
unfolded=$(curl -s --max-time 60 -b "$jar" "$base/methodologie/plans/$large?$branch" | wc -c)
plan_ms=$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 -b "$jar" "$base/methodologie/plans/$large" | awk '{ printf "%.0f", $1 * 1000 }')
stop_server

echo "   load average at the end: $(load) (other work on the machine slows every figure down)"
echo
echo "== Figures (issue 8): idle $idle MB; targets: peak <= $(( idle + 150 )) MB (idle + 150), refusal <= 1 000 ms"
printf '%-46s %-8s %8s %9s %9s  %-17s %s\n' "upload" "status" "time" "peak" "after" "answer" "verdict"
for row in "${rows[@]}"; do
  IFS='|' read -r label status ms peak check rss <<<"$row"
  verdicts="memory $(verdict "$peak" $(( idle + 150 )))"
  [[ "$label" == refused* ]] && verdicts="$verdicts, time $(verdict "$ms" 1000)"
  printf '%-46s %-8s %5s ms %6s MB %6s MB  %-17s %s\n' "$label" "$status" "$ms" "$peak" "$rss" "$check" "$verdicts"
done
echo "host still answering after the uploads: /health $health"
echo "resident 30 s after the last upload: $after MB (idle $idle MB, target <= $(( idle + 30 )) MB: $(verdict "$after" $(( idle + 30 ))))"
echo "plan page after the largest accepted outline (500 elements, 1 000 fiches): $(( folded / 1024 )) KB folded, $(( unfolded / 1024 )) KB with one axis unfolded, $plan_ms ms"
