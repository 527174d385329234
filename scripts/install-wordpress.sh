#!/usr/bin/env bash
# Gets what the real-WordPress tests and the sandbox need. Safe to run again.
# - WordPress itself: Debian's package, unpacked into .cache/wordpress (no root needed).
# - For the native backend: PHP (mysqli, mbstring, xml) and MariaDB. Installed with apt-get
#   when run as root; otherwise this says what to install. Without them the tests use
#   WordPress Playground, which needs neither.
# --wordpress-only: only the WordPress files (what `npm test` runs when they are missing).
set -euo pipefail
cache="${INCIDENT_OPS_CACHE:-$(cd "$(dirname "$0")/.." && pwd)/.cache}"
wordpress_only=false
[ "${1:-}" = --wordpress-only ] && wordpress_only=true

# Runs a step quietly, but shows everything it printed if it fails.
quietly() {
  local log status=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "install-wordpress: '$*' failed (exit $status):" >&2
    cat "$log" >&2
  fi
  rm -f "$log"
  return "$status"
}

find_command() {
  local dir
  command -v "$1" && return
  # mariadbd is in /usr/sbin, which is not on a normal user's PATH.
  for dir in /usr/sbin /usr/local/sbin /usr/libexec /sbin; do
    [ -x "$dir/$1" ] && echo "$dir/$1" && return
  done
  return 1
}

if [ "$wordpress_only" = false ]; then
  need=()
  if find_command php >/dev/null; then
    # Read the module list once: `php -m | grep -q` under pipefail fails at random, because
    # php exits 255 when grep closes the pipe early.
    modules=$(php -m 2>&1) || { echo "install-wordpress: 'php -m' failed:" >&2; echo "$modules" >&2; exit 1; }
    grep -qix mysqli <<<"$modules" || need+=(php-mysql)
    grep -qix mbstring <<<"$modules" || need+=(php-mbstring)
    grep -qix xml <<<"$modules" || need+=(php-xml)
  else
    need+=(php-cli php-mysql php-mbstring php-xml)
  fi
  find_command mariadbd >/dev/null || need+=(mariadb-server)
  find_command mariadb >/dev/null || need+=(mariadb-client)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "install-wordpress: installing ${need[*]}"
      export DEBIAN_FRONTEND=noninteractive
      quietly apt-get update
      quietly apt-get install -y --no-install-recommends "${need[@]}"
    elif command -v apt-get >/dev/null; then
      echo "install-wordpress: the native WordPress needs ${need[*]} (the tests use WordPress Playground without them)."
      echo "  To install them: sudo apt-get install ${need[*]}"
    elif [ "$(uname -s)" = Darwin ]; then
      echo "install-wordpress: the native WordPress needs PHP and MariaDB (the tests use WordPress Playground without them)."
      echo "  To install them: brew install php mariadb"
    else
      echo "install-wordpress: the native WordPress needs PHP (mysqli, mbstring, xml) and MariaDB; install them with your package manager (the tests use WordPress Playground without them)."
    fi
  fi
fi

version_of() {
  sed -n "s/^\$wp_version = '\([^']*\)';.*/\1/p" "$1/wp-includes/version.php"
}

if [ ! -f "$cache/wordpress/wp-settings.php" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/incident-ops-wordpress-XXXXXX")
  trap 'rm -rf "$work"' EXIT
  if command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null; then
    # Downloading a package and unpacking it needs no root.
    if ! (cd "$work" && quietly apt-get download wordpress); then
      if [ "$(id -u)" != 0 ]; then
        echo "install-wordpress: if apt-get cannot find the package, its lists are missing or old: sudo apt-get update" >&2
        exit 1
      fi
      quietly apt-get update
      (cd "$work" && quietly apt-get download wordpress)
    fi
    (cd "$work" && quietly dpkg-deb -x wordpress_*.deb root)
    tree="$work/root/usr/share/wordpress"
  elif command -v curl >/dev/null && command -v tar >/dev/null; then
    # No Debian tools (macOS): the same release from wordpress.org.
    url="${INCIDENT_OPS_WORDPRESS_TARBALL:-https://wordpress.org/wordpress-6.1.9.tar.gz}"
    (cd "$work" && quietly curl -fsSL -o wordpress.tar.gz "$url" && quietly tar -xzf wordpress.tar.gz)
    tree="$work/wordpress"
  else
    echo "install-wordpress: cannot download WordPress here: needs apt-get and dpkg-deb (Debian, Ubuntu) or curl and tar." >&2
    exit 1
  fi
  mkdir -p "$cache" && rm -rf "$cache/wordpress"
  mv "$tree" "$cache/wordpress"
  # Debian's wp-config.php reads /etc/wordpress; links into other Debian packages dangle here.
  rm -f "$cache/wordpress/wp-config.php"
  find "$cache/wordpress" -type l ! -exec test -e {} \; -delete
fi
echo "install-wordpress: WordPress $(version_of "$cache/wordpress") ready in $cache/wordpress"
