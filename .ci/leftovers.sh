#!/usr/bin/env bash
# What the tests, the demo and CI leave behind: processes and wss-doctor-* entries of the
# temporary directory. `leftovers.sh record FILE` writes down the present ones; `leftovers.sh
# check FILE` prints those that were not there when FILE was recorded, and exits 1 if any.
#
# A process counts when its command line mentions the checkout or one of SERVERS (the
# programs the tests start), or when its environment carries WSS_DOCTOR_RUN_MARK (.ci/run sets
# it, every child inherits it). LEFTOVERS_PATTERN (an extended regular expression over the
# command line) replaces the checkout and SERVERS. Linux only: it reads /proc.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVERS='nginx|haproxy|apache2|caddy|lighttpd|h2o|chromium|openssl'
checkout="$PWD"
tmp="${TMPDIR:-/tmp}"
tmp="${tmp%/}"

# The checkout, as a literal inside a regular expression.
literal() { printf '%s' "$1" | sed 's/[][\.*^$()+?{}|]/\\&/g'; }
pattern="${LEFTOVERS_PATTERN:-$(literal "$checkout")|$SERVERS}"

# Scans run in this shell itself, with no pipe or subshell around them, so that no helper of
# this script is running while /proc is read; the script itself ($$) is left out.
found=()

# Processes, as "pid<TAB>command line".
scan_processes() {
  local dir pid args
  local -a argv environ
  for dir in /proc/[0-9]*; do
    pid="${dir#/proc/}"
    [ "$pid" = "$$" ] && continue
    mapfile -d '' argv 2>/dev/null <"$dir/cmdline" || continue
    [ "${#argv[@]}" -gt 0 ] || continue # a kernel thread
    args="${argv[*]}"
    args="${args//$'\n'/ }"
    if [[ "$args" =~ $pattern ]]; then
      found+=("$pid"$'\t'"$args")
    elif [ -n "${WSS_DOCTOR_RUN_MARK:-}" ] &&
      mapfile -d '' environ 2>/dev/null <"$dir/environ" &&
      [[ " ${environ[*]} " == *" WSS_DOCTOR_RUN_MARK=$WSS_DOCTOR_RUN_MARK "* ]]; then
      found+=("$pid"$'\t'"$args")
    fi
  done
}

# wss-doctor-* entries of the temporary directory, but CI's own Node 24 (.ci/run keeps it
# there between runs, as a cache).
scan_temporaries() {
  local entry
  for entry in "$tmp"/wss-doctor-*; do
    [ -e "$entry" ] || [ -L "$entry" ] || continue
    [ "$entry" = "$tmp/wss-doctor-node24" ] && continue
    found+=("temp"$'\t'"$entry")
  done
}

scan() {
  found=()
  scan_processes
  scan_temporaries
}

sorted() { [ "${#found[@]}" -eq 0 ] || printf '%s\n' "${found[@]}" | LC_ALL=C sort; }

case "${1:-}" in
  record)
    scan
    sorted >"$2"
    ;;
  check)
    # A process may still be on its way out (a browser's helpers): a few seconds' grace.
    for _ in 1 2 3 4 5; do
      scan
      left="$(sorted | LC_ALL=C comm -13 "$2" -)"
      [ -z "$left" ] && break
      sleep 1
    done
    if [ -n "$left" ]; then
      echo "Left behind (not there before the tests; end or remove them where they are started or made):" >&2
      printf '%s\n' "$left" | sed 's/^temp\t/  temporary: /; s/^\([0-9]*\)\t/  process \1: /' >&2
      exit 1
    fi
    echo "Nothing left behind: no new process, no wss-doctor-* entry in $tmp."
    ;;
  *)
    echo "usage: $0 record FILE | check FILE" >&2
    exit 2
    ;;
esac
