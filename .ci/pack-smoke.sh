#!/usr/bin/env bash
# The npm package as a user gets it: `npm pack`, then `npx --package=<tarball> wss-doctor --help`
# from an empty folder with its own prefix, cache and user config, offline (the bundle in dist/
# needs nothing else, so nothing is fetched: a runtime dependency would fail here with
# ENOTCACHED). Prints the tarball's size, the install's time and size; fails when the tarball
# holds a source map or lacks the bin or the action, or when anything besides wss-doctor is
# installed. Each extra argument is a node binary the installed bin is also run with.
# Usage: pack-smoke.sh [node...]
set -euo pipefail
cd "$(dirname "$0")/.."

dir="$(mktemp -d "${TMPDIR:-/tmp}/wss-doctor-pack.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/empty" "$dir/prefix" "$dir/cache"
: >"$dir/npmrc"

fail() { echo "pack smoke test: $*" >&2; exit 1; }

npm pack --json --pack-destination "$dir" >"$dir/pack.json"
read -r file size unpacked count < <(node -e '
  const [p] = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  console.log(p.filename, p.size, p.unpackedSize, p.entryCount)' "$dir/pack.json")
node -e '
  const fs = require("fs")
  const [p] = JSON.parse(fs.readFileSync(process.argv[1], "utf8"))
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"))
  const main = /^\s*main:\s*["\x27]?([^"\x27\s]+)/m.exec(fs.readFileSync("action.yml", "utf8"))[1]
  const files = new Set(p.files.map(f => f.path))
  const wanted = [...Object.values(pkg.bin), main, "action.yml", "package.json"]
  const missing = wanted.filter(f => !files.has(f.replace(/^\.\//, "")))
  const maps = [...files].filter(f => f.endsWith(".map"))
  if (missing.length) { console.error("the tarball lacks " + missing.join(", ")); process.exit(1) }
  if (maps.length) { console.error("the tarball holds source maps: " + maps.join(", ")); process.exit(1) }
' "$dir/pack.json" || fail "unexpected file list"

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

start=$(date +%s%N)
(
  cd "$dir/empty"
  # Upper-case spellings (setup-node sets NPM_CONFIG_USERCONFIG) would compete with these.
  env -u NPM_CONFIG_USERCONFIG -u NPM_CONFIG_CACHE -u NPM_CONFIG_OFFLINE -u NPM_CONFIG_PREFIX \
    npm_config_cache="$dir/cache" npm_config_userconfig="$dir/npmrc" npm_config_offline=true \
    npm_config_update_notifier=false npm_config_audit=false npm_config_fund=false \
    npx --yes --prefix "$dir/prefix" --package="$dir/$file" wss-doctor --help >"$dir/help.txt"
) ||
  fail "npx --package=$file wss-doctor --help failed (offline: ENOTCACHED means a dependency)"
elapsed=$((($(date +%s%N) - start) / 1000000))
head -n 1 "$dir/help.txt" | grep -q '^Usage: wss-doctor' || fail "--help printed no usage"

# What npx installed: node_modules/<name> and node_modules/@scope/<name>, nested ones too.
installed="$(find "$dir/cache/_npx" -path '*/node_modules/*' -name package.json |
  grep -E '/node_modules/(@[^/]+/)?[^/@]+/package\.json$' | sort)"
packages=$(printf '%s\n' "$installed" | grep -c . || true)
root="$(dirname "$(printf '%s\n' "$installed" | grep '/node_modules/wss-doctor/package.json$')")"
[ "$packages" = 1 ] && [ -d "$root" ] ||
  fail "installing the package installed $packages packages:"$'\n'"$installed"
install_size=$(du -sb "$(dirname "$(dirname "$root")")" | cut -f1)

# Without the source maps the bundle still says what is wrong, in words.
set +e
(cd "$dir/empty" && node "$root/dist/cli/index.js" --no-such-flag) >/dev/null 2>"$dir/err.txt"
code=$?
set -e
[ "$code" = 2 ] && grep -q "^wss-doctor: Unknown option '--no-such-flag'" "$dir/err.txt" ||
  { cat "$dir/err.txt"; fail "an unknown flag did not exit 2 with its name (exit $code)"; }

for node_bin in "$@"; do
  (cd "$dir/empty" && "$node_bin" "$root/dist/cli/index.js" --help) | head -n 1 |
    grep -q '^Usage: wss-doctor' || fail "the installed bin does not run on $("$node_bin" --version)"
  echo "the installed bin runs on $("$node_bin" --version)"
done

echo "tarball $file: $(mb "$size") ($(mb "$unpacked") unpacked, $count files, no source maps)"
echo "npx --package=$file wss-doctor --help: 1 package installed, $(mb "$install_size"), in $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000))) s, offline"
