# Helpers shared by the benchmark scripts (sourced, not run). They expect `server_pid` to hold the pid of
# the host the script started, if any.

# Stops the host the script started: politely, then for good after 10 s.
stop_server() {
  if [[ -n "${server_pid:-}" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

# The HTTP status of a request (curl's arguments), or 000 when nothing answered.
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@" || true; }

# "ok" when a measured value is within its target, "OVER TARGET" otherwise.
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "ok" : "OVER TARGET" }'; }

# The machine's load average over 1, 5 and 15 minutes: other work slows every figure down.
load() { cut -d' ' -f1-3 /proc/loadavg; }

# Waits (60 s at most) until the host the script started answers /health; stops the script if it died.
# Arguments: the base address, the host's log file.
wait_for_host() {
  for _ in $(seq 1 600); do
    [[ "$(status_of "$1/health")" == 200 ]] && return 0
    kill -0 "$server_pid" 2>/dev/null || { echo "the host stopped" >&2; tail -20 "$2"; exit 1; }
    sleep 0.1
  done
  echo "the host did not answer /health within 60 s" >&2
  exit 1
}

# Signs in through the sign-in form and keeps the session in a cookie jar; stops the script if it fails.
# Arguments: the base address, the cookie jar (emptied first), the e-mail address, the password.
sign_in() {
  local base="$1" jar="$2" page token answer
  rm -f "$jar"
  # Read the whole page before parsing it: a reader that stops early would break the pipe (and set -e).
  page=$(curl -s --max-time 10 -c "$jar" -b "$jar" "$base/connexion")
  token=$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' \
    | sed -n '1{s/.*value="//; s/"$//; p}')
  answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 -c "$jar" -b "$jar" \
    --data-urlencode "Input.Email=$3" --data-urlencode "Input.Password=$4" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/connexion")
  if [[ "$answer" != "302 $base/" ]]; then
    echo "Sign-in failed (answer: $answer)" >&2
    exit 1
  fi
}
