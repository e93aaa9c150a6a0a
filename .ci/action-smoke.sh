#!/usr/bin/env bash
# Runs dist/index.js the way the GitHub runner does (INPUT_* variables, GITHUB_OUTPUT,
# GITHUB_STEP_SUMMARY) against the demo fleet, and checks what it wrote. Usage: action-smoke.sh [node]
# idle-timeout 3s: longer than the fleet's idle-cut proxy (1.5 s), and a short hold.
set -euo pipefail
cd "$(dirname "$0")/.."
node_bin="${1:-node}"

dir="$(mktemp -d)"
server_pid=""
# The fleet ends on SIGTERM (src/demo/index.ts); it is waited for, and killed if it lingers.
stop_fleet() {
  [ -n "$server_pid" ] || return 0
  kill -TERM "$server_pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
cleanup() { stop_fleet; rm -rf "$dir"; }
trap cleanup EXIT

# node itself, with tsx as a loader: one process, the one $! names (npx and tsx's own command
# each put a parent in front of it, and killing the parent left the fleet running).
"$node_bin" --import tsx src/demo/index.ts --serve "$dir/fleet" >"$dir/fleet.log" 2>&1 &
server_pid=$!
mkdir -p "$dir/fleet"
for _ in $(seq 1 150); do
  [ -f "$dir/fleet/ready" ] && break
  sleep 0.2
done
[ -f "$dir/fleet/ready" ] || { cat "$dir/fleet.log"; echo "demo fleet did not start" >&2; exit 1; }

: >"$dir/summary.md"
: >"$dir/output"
set +e
env "INPUT_TARGETS-FILE=$dir/fleet/targets.txt" "INPUT_CA-FILE=$dir/fleet/ca.pem" \
  "INPUT_RESOLVE=$(cat "$dir/fleet/resolve.txt")" "INPUT_FAIL-ON=error" "INPUT_TIMEOUT-MS=3000" \
  "INPUT_IDLE-TIMEOUT=3s" \
  "INPUT_JSON-REPORT=$dir/report.json" "GITHUB_STEP_SUMMARY=$dir/summary.md" \
  "GITHUB_OUTPUT=$dir/output" "GITHUB_WORKSPACE=$PWD" \
  "$node_bin" dist/index.js >"$dir/stdout" 2>&1
code=$?
set -e

fail() { echo "action smoke test: $*" >&2; echo "--- stdout"; cat "$dir/stdout"; exit 1; }
[ "$code" = 1 ] || fail "expected exit code 1 (broken endpoints under fail-on: error), got $code"
grep -q 'wss-doctor' "$dir/summary.md" || fail "the job summary was not written"
grep -q '^| wss[^|]*good' "$dir/summary.md" || fail "the summary has no row for the good endpoint"
grep -qx 'fail' "$dir/output" || fail "the result output is not 'fail'"
grep -q '^::error ' "$dir/stdout" || fail "no error annotation on stdout"
grep -q '^| [^|]*idle[^|]*cut[^|]*| [^|]*\*\*idle\*\*' "$dir/summary.md" ||
  fail "the summary has no idle finding for the idle-cut endpoint"
targets=$(grep -cv '^#' "$dir/fleet/targets.txt")
reported=$("$node_bin" -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).targets.length)' "$dir/report.json")
[ "$targets" = "$reported" ] || fail "the JSON report has $reported targets, the targets file $targets"
echo "action smoke test passed with $("$node_bin" --version): exit 1, summary, outputs, annotations, $reported targets in the report"
