#!/usr/bin/env bash
# Installs what the real-WordPress tests and the sandbox need: Debian's PHP, MariaDB and
# WordPress (unpacked into a cache folder, not installed system-wide). Safe to run again.
set -euo pipefail
cache="${INCIDENT_OPS_CACHE:-$(cd "$(dirname "$0")/.." && pwd)/.cache}"
need=()
command -v php >/dev/null || need+=(php-cli)
php -m 2>/dev/null | grep -qi mysqli || need+=(php-mysql)
php -m 2>/dev/null | grep -qi mbstring || need+=(php-mbstring)
php -m 2>/dev/null | grep -qi '^xml$' || need+=(php-xml)
command -v mariadbd >/dev/null || need+=(mariadb-server)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ ! -f "$cache/wordpress/wp-settings.php" ]; then
  work=$(mktemp -d)
  (cd "$work" && apt-get download -qq wordpress 2>/dev/null && dpkg-deb -x wordpress_*.deb root)
  rm -rf "$cache/wordpress" && mkdir -p "$cache"
  mv "$work/root/usr/share/wordpress" "$cache/wordpress"
  # Debian's wp-config.php reads /etc/wordpress; links into other Debian packages dangle here.
  rm -f "$cache/wordpress/wp-config.php"
  find "$cache/wordpress" -xtype l -delete
  rm -rf "$work"
fi
echo "WordPress $(grep -oP "wp_version = '\K[^']+" "$cache/wordpress/wp-includes/version.php") ready in $cache/wordpress"
