#!/usr/bin/env bash
# A throw-away WordPress for the end-to-end test: Debian's packaged WordPress
# (/usr/share/wordpress), MariaDB on a private socket and PHP's built-in web
# server on 127.0.0.1, everything in one temporary folder.
#
#   source test/wordpress/setup.sh; wp_env_start; …; wp_env_stop
#   bash test/wordpress/setup.sh            # start a site, keep it until Ctrl-C
#
# How Debian's WordPress finds its configuration: its wp-config.php loads
# /etc/wordpress/config-<NAME>.php, NAME being the server variable
# WORDPRESS_CONFIG when set, else the request's host. We write a one-line
# /etc/wordpress/config-asso-widgets-e2e-<pid>.php that requires our config in
# the temporary folder, and set WORDPRESS_CONFIG for each request with PHP's
# auto_prepend_file (the built-in server does not pass environment variables
# into $_SERVER). The file in /etc is removed by wp_env_stop. When
# /etc/wordpress is not writable (not root), WordPress is copied into the
# temporary folder with its own wp-config.php instead.
#
# wp-content is a real folder of the temporary site (plugins, uploads, a
# must-use plugin for the test); the theme and the translations are links to
# Debian's. The site makes no request to any other host: WP_HTTP_BLOCK_EXTERNAL,
# no cron, no update checks, no avatars, no emoji script.
#
# Exports WP_E2E_WORK, WP_E2E_URL, WP_E2E_PORT, WP_E2E_CONFIG or
# WP_E2E_ABSPATH, WP_E2E_ADMIN_PASS, WP_E2E_USER_PASS, WP_E2E_CONTENT,
# WP_E2E_LOG (the PHP error log).

WP_E2E_SRC="/usr/share/wordpress"

_wp_log() { printf '[wordpress] %s\n' "$*" >&2; }

_wp_find() {
  local name
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    if [ -x "/usr/sbin/$name" ]; then echo "/usr/sbin/$name"; return 0; fi
  done
  return 1
}

_wp_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_wp_wait_port() {
  local i
  for i in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

wp_env_start() {
  local port="${1:-${WP_E2E_PORT:-5280}}"
  local php mariadbd installdb client
  php=$(_wp_find php) || { _wp_log "php is missing (apt-get install php-cli php-mysql)"; return 1; }
  mariadbd=$(_wp_find mariadbd mysqld) || { _wp_log "mariadbd is missing (apt-get install mariadb-server)"; return 1; }
  installdb=$(_wp_find mariadb-install-db mysql_install_db) || { _wp_log "mariadb-install-db is missing"; return 1; }
  client=$(_wp_find mariadb mysql) || { _wp_log "the mariadb client is missing"; return 1; }
  [ -f "$WP_E2E_SRC/wp-settings.php" ] || { _wp_log "Debian's WordPress is missing (apt-get install wordpress)"; return 1; }

  while ! _wp_port_free "$port"; do
    port=$((port + 1))
    [ "$port" -gt 5299 ] && { _wp_log "no free port between 5280 and 5299"; return 1; }
  done

  WP_E2E_WORK=$(mktemp -d "${TMPDIR:-/tmp}/asso-wp.XXXXXX")
  chmod 700 "$WP_E2E_WORK"
  export WP_E2E_WORK WP_E2E_PORT="$port" WP_E2E_URL="http://127.0.0.1:$port"
  export WP_E2E_LOG="$WP_E2E_WORK/php-errors.log"
  export WP_E2E_ADMIN_PASS="admin-$RANDOM-$RANDOM" WP_E2E_USER_PASS="membre-$RANDOM-$RANDOM"

  # MariaDB: own data folder, socket only (no TCP), no grant tables: nothing
  # but this user's processes can reach the socket in the 0700 folder.
  local as_root=()
  [ "$(id -u)" = 0 ] && as_root=(--user=root)
  local dbopts=(--innodb-log-file-size=8M --innodb-buffer-pool-size=32M --skip-log-bin --performance-schema=OFF --skip-name-resolve)
  if ! "$installdb" --no-defaults --datadir="$WP_E2E_WORK/db" "${as_root[@]}" --skip-test-db --auth-root-authentication-method=normal \
      "${dbopts[@]}" >"$WP_E2E_WORK/mariadb-install.log" 2>&1; then
    _wp_log "mariadb-install-db failed:"; tail -20 "$WP_E2E_WORK/mariadb-install.log" >&2; return 1
  fi
  "$mariadbd" --no-defaults --datadir="$WP_E2E_WORK/db" --socket="$WP_E2E_WORK/mysql.sock" --skip-networking \
    --skip-grant-tables --pid-file="$WP_E2E_WORK/mariadb.pid" --log-error="$WP_E2E_WORK/mariadb.log" \
    --innodb-flush-log-at-trx-commit=0 "${dbopts[@]}" "${as_root[@]}" >/dev/null 2>&1 &
  WP_E2E_DB_PID=$!
  export WP_E2E_DB_PID
  local i
  for i in $(seq 1 100); do
    "$client" --no-defaults -S "$WP_E2E_WORK/mysql.sock" -e 'SELECT 1' >/dev/null 2>&1 && break
    if ! kill -0 "$WP_E2E_DB_PID" 2>/dev/null; then _wp_log "mariadbd stopped:"; tail -20 "$WP_E2E_WORK/mariadb.log" >&2; return 1; fi
    sleep 0.1
  done
  "$client" --no-defaults -S "$WP_E2E_WORK/mysql.sock" -e 'CREATE DATABASE wordpress CHARACTER SET utf8mb4' || return 1

  # The document root: links to Debian's WordPress, a real wp-content.
  local www="$WP_E2E_WORK/www" content
  mkdir -p "$www"
  local abspath="$WP_E2E_SRC"
  if [ -w /etc/wordpress ] && [ -z "${WP_E2E_COPY:-}" ]; then
    local entry
    for entry in "$WP_E2E_SRC"/* "$WP_E2E_SRC"/.htaccess; do
      [ "$(basename "$entry")" = wp-content ] && continue
      ln -s "$entry" "$www/$(basename "$entry")"
    done
  else
    cp -rL "$WP_E2E_SRC"/. "$www"/
    rm -rf "$www/wp-content" "$www/wp-config.php"
    abspath="$www"
  fi
  content="$www/wp-content"
  export WP_E2E_CONTENT="$content"
  mkdir -p "$content/plugins" "$content/themes" "$content/uploads" "$content/mu-plugins" "$content/upgrade"
  ln -s "$WP_E2E_SRC/wp-content/themes/twentytwentythree" "$content/themes/twentytwentythree"
  ln -s "$WP_E2E_SRC/wp-content/languages" "$content/languages"
  cp "$(dirname "${BASH_SOURCE[0]}")/mu-plugin.php" "$content/mu-plugins/asso-widgets-e2e.php"

  # The configuration.
  local salt
  salt=$(od -An -tx1 -N48 /dev/urandom | tr -d ' \n')
  cat >"$WP_E2E_WORK/config.php" <<PHP
<?php
// Configuration of the asso-widgets end-to-end test site (removed after the test).
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:$WP_E2E_WORK/mysql.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '$WP_E2E_URL' );
define( 'WP_SITEURL', '$WP_E2E_URL' );
define( 'WP_CONTENT_DIR', '$content' );
define( 'WP_CONTENT_URL', '$WP_E2E_URL/wp-content' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$asso_e2e_key ) {
	define( \$asso_e2e_key, '$salt' . \$asso_e2e_key );
}
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$WP_E2E_LOG' );
\$table_prefix = 'wp_';
PHP
  if [ "$abspath" = "$WP_E2E_SRC" ]; then
    export WP_E2E_CONFIG="asso-widgets-e2e-$$"
    printf "<?php\nrequire '%s/config.php';\n" "$WP_E2E_WORK" >"/etc/wordpress/config-$WP_E2E_CONFIG.php"
    printf "<?php\n\$_SERVER['WORDPRESS_CONFIG'] = '%s';\n" "$WP_E2E_CONFIG" >"$WP_E2E_WORK/prepend.php"
  else
    export WP_E2E_ABSPATH="$abspath"
    { cat "$WP_E2E_WORK/config.php"; printf "if ( ! defined( 'ABSPATH' ) ) {\n\tdefine( 'ABSPATH', __DIR__ . '/' );\n}\nrequire_once ABSPATH . 'wp-settings.php';\n"; } >"$www/wp-config.php"
    printf '<?php\n' >"$WP_E2E_WORK/prepend.php"
  fi

  # PHP's web server, in its own process group (its workers die with it).
  PHP_CLI_SERVER_WORKERS="${WP_E2E_WORKERS:-4}" setsid "$php" -S "127.0.0.1:$port" -t "$www" \
    -d auto_prepend_file="$WP_E2E_WORK/prepend.php" -d upload_max_filesize=16M -d post_max_size=16M \
    -d memory_limit=256M -d error_log="$WP_E2E_LOG" -d log_errors=1 -d display_errors=0 \
    >"$WP_E2E_WORK/php-server.log" 2>&1 &
  WP_E2E_PHP_PID=$!
  export WP_E2E_PHP_PID
  _wp_wait_port "$port" || { _wp_log "php -S did not start:"; tail -20 "$WP_E2E_WORK/php-server.log" >&2; return 1; }

  local installed
  installed=$("$php" "$(dirname "${BASH_SOURCE[0]}")/site.php" install) || { _wp_log "installing WordPress failed"; return 1; }
  _wp_log "site ready at $WP_E2E_URL ($installed)"
}

wp_env_stop() {
  if [ -n "${WP_E2E_PHP_PID:-}" ]; then
    kill -TERM -- "-$WP_E2E_PHP_PID" 2>/dev/null || kill -TERM "$WP_E2E_PHP_PID" 2>/dev/null
    wait "$WP_E2E_PHP_PID" 2>/dev/null
    WP_E2E_PHP_PID=
  fi
  if [ -n "${WP_E2E_DB_PID:-}" ]; then
    kill -TERM "$WP_E2E_DB_PID" 2>/dev/null
    local i
    for i in $(seq 1 100); do kill -0 "$WP_E2E_DB_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$WP_E2E_DB_PID" 2>/dev/null
    wait "$WP_E2E_DB_PID" 2>/dev/null
    WP_E2E_DB_PID=
  fi
  if [ -n "${WP_E2E_CONFIG:-}" ]; then
    rm -f "/etc/wordpress/config-$WP_E2E_CONFIG.php"
  fi
  if [ -n "${WP_E2E_WORK:-}" ] && [ -d "$WP_E2E_WORK" ] && [ -z "${WP_E2E_KEEP:-}" ]; then
    rm -rf "$WP_E2E_WORK"
  fi
  return 0
}

# Run directly: a site to look at by hand, with the plugin installed from the zip.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -u
  trap 'wp_env_stop' EXIT
  trap 'exit 130' INT TERM
  wp_env_start "${1:-}" || exit 1
  echo "WordPress: $WP_E2E_URL/wp-admin/  (admin / $WP_E2E_ADMIN_PASS; contributrice, auteur, editrice / $WP_E2E_USER_PASS)"
  echo "Install the plugin: Extensions → Ajouter → Téléverser → wordpress/build/asso-widgets.zip. Ctrl-C stops and removes the site."
  while :; do sleep 3600 & wait $!; done
fi
