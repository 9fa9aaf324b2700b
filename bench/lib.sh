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
