#!/usr/bin/env bash
# CI step: the WordPress plugin, proven against a real WordPress.
#   1. Debian's packages (wordpress, php-cli, php-mysql, mariadb-server,
#      chromium) are installed with apt-get when missing (as root);
#   2. `php -l` on every PHP file of the plugin and of the test;
#   3. the zip (npm run build:wordpress; npm run build first when
#      dist/asso-widgets.js is missing);
#   4. a throw-away site (test/wordpress/setup.sh: MariaDB on a private
#      socket, `php -S 127.0.0.1:<port>`, everything in a temporary folder),
#      then test/wordpress/e2e.mjs in headless Chromium;
#   5. the site is stopped and removed, even on failure or Ctrl-C.
# Last line: "N passed, N failed" (php -l files + end-to-end checks); exits
# non-zero on any failure. WP_E2E_KEEP=1 keeps the temporary folder.
set -uo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
passed=0
failed=0

finish() {
  local rc=$?
  if [ -n "${E2E_PID:-}" ] && kill -0 "$E2E_PID" 2>/dev/null; then
    kill -TERM "$E2E_PID" 2>/dev/null # Playwright closes its Chromium on SIGTERM
    wait "$E2E_PID" 2>/dev/null
  fi
  if declare -F wp_env_stop >/dev/null; then wp_env_stop; fi
  [ "$failed" -gt 0 ] && rc=1
  printf '\nWordPress step: %ss\n%s passed, %s failed\n' "$(($(date +%s) - started))" "$passed" "$failed"
  exit "$rc"
}
trap finish EXIT
trap 'failed=$((failed + 1)); exit 130' INT TERM

# 1. Packages.
missing=()
command -v php >/dev/null 2>&1 || missing+=(php-cli)
php -m 2>/dev/null | grep -qi '^mysqli$' || missing+=(php-mysql)
{ command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; } || missing+=(mariadb-server)
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
node -e "import('./scripts/find-chromium.mjs').then(m => process.exit(m.findChromium() ? 0 : 1))" || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "apt-get install failed"; failed=$((failed + 1)); exit 1; }
  else
    echo "Missing: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run again."
    failed=$((failed + 1))
    exit 1
  fi
fi

# 2. php -l.
while IFS= read -r -d '' file; do
  if out=$(php -l "$file" 2>&1); then
    passed=$((passed + 1))
  else
    echo "not ok - php -l $file"; echo "$out" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
done < <(find wordpress/asso-widgets test/wordpress -name '*.php' -print0)
echo "php -l: $passed files"

# 3. The zip.
# (WP_E2E_DIST=<folder>: take the bundle from that folder instead of dist/.)
if [ -z "${WP_E2E_DIST:-}" ] && [ ! -s dist/asso-widgets.js ]; then
  echo "dist/asso-widgets.js is missing: npm run build"
  node scripts/build.mjs --no-size || { failed=$((failed + 1)); exit 1; }
fi
node scripts/build-wordpress.mjs ${WP_E2E_DIST:+--dist "$WP_E2E_DIST"} || { failed=$((failed + 1)); exit 1; }

# 4. The site and the test.
# shellcheck source=../test/wordpress/setup.sh
source test/wordpress/setup.sh
wp_env_start || { echo "not ok - the WordPress test site did not start"; failed=$((failed + 1)); exit 1; }
out=$(mktemp)
# In the background, so that Ctrl-C or a CI time-out stops it and cleans up at once.
node test/wordpress/e2e.mjs > >(tee "$out") 2>&1 &
E2E_PID=$!
wait "$E2E_PID"
E2E_PID=
sleep 0.2 # let tee flush
summary=$(tail -n 1 "$out")
rm -f "$out"
if [[ "$summary" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
  passed=$((passed + BASH_REMATCH[1]))
  failed=$((failed + BASH_REMATCH[2]))
else
  echo "not ok - e2e.mjs gave no summary"
  failed=$((failed + 1))
fi
