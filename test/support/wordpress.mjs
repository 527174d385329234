// A real WordPress for tests and the sandbox: Debian's WordPress on PHP's built-in server,
// with a private MariaDB instance. Two sites share one code tree: "p2" and "make", each
// with its own database, an Editor "incident-bot" and an application password for it.
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import net from 'node:net'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const cache = process.env.INCIDENT_OPS_CACHE ?? join(root, '.cache')
const wordpressDir = join(cache, 'wordpress')

/** True when PHP, MariaDB and WordPress are (or could be made) available. */
export function wordpressAvailable() {
  try {
    provision()
    return true
  } catch {
    return false
  }
}

function provision() {
  const have = (cmd) => {
    try {
      execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  }
  if (have('php') && have('mariadbd') && existsSync(join(wordpressDir, 'wp-settings.php'))) return
  execFileSync(join(root, 'scripts/install-wordpress.sh'), { stdio: 'inherit' })
}

async function freePort() {
  return new Promise((res, rej) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => res(port))
    })
    srv.on('error', rej)
  })
}

async function waitFor(check, what, ms = 30000) {
  const until = Date.now() + ms
  let last
  while (Date.now() < until) {
    try {
      if (await check()) return
    } catch (e) {
      last = e
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`)
}

const WP_CONFIG = `<?php
// Written by incident-ops tests: one code tree, the site chosen by environment.
define('DB_NAME', getenv('WP_DB_NAME'));
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('WP_DB_SOCKET'));
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', getenv('WP_URL'));
define('WP_SITEURL', getenv('WP_URL'));
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`

// Routes /wp-json/... to index.php the way a web server's rewrite rules would.
const ROUTER = `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && file_exists(__DIR__ . $path) && !is_dir(__DIR__ . $path)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
`

const INSTALL = `<?php
define('WP_INSTALLING', true);
require getenv('WP_DIR') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
wp_install(getenv('WP_TITLE'), 'admin', 'admin@example.org', true, '', wp_generate_password(24));
update_option('permalink_structure', '/%postname%/');
$bot = wp_insert_user(['user_login' => 'incident-bot', 'user_pass' => wp_generate_password(24),
  'user_email' => 'bot@example.org', 'role' => 'editor']);
list($password) = WP_Application_Passwords::create_new_application_password($bot, ['name' => 'incident-ops']);
echo json_encode(['username' => 'incident-bot', 'password' => $password]);
`

/**
 * Starts MariaDB and the two sites. Returns { sites: { p2, make }, stop() } where each site
 * is { url, apiUrl, username, password }.
 */
export async function startWordPress({ log = () => {} } = {}) {
  provision()
  const work = mkdtempSync(join(tmpdir(), 'incident-ops-wp-'))
  const datadir = join(work, 'db')
  const socket = join(work, 'db.sock')
  writeFileSync(join(wordpressDir, 'wp-config.php'), WP_CONFIG)
  writeFileSync(join(wordpressDir, 'incident-ops-router.php'), ROUTER)
  writeFileSync(join(work, 'install.php'), INSTALL)

  const children = []
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await new Promise((r) => {
          const t = setTimeout(() => { child.kill('SIGKILL'); r() }, 5000)
          child.once('exit', () => { clearTimeout(t); r() })
        })
      }
    }
    rmSync(work, { recursive: true, force: true })
  }

  try {
    log('starting MariaDB')
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--user=root',
      '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' })
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`,
      '--skip-networking', '--user=root', `--pid-file=${join(work, 'db.pid')}`,
      '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { stdio: 'ignore' })
    children.push(db)
    await waitFor(() => existsSync(socket), 'MariaDB socket')
    await waitFor(() => {
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'select 1'], { stdio: 'ignore' })
      return true
    }, 'MariaDB')

    const sites = {}
    for (const [name, title] of [['p2', 'Team P2'], ['make', 'Make Blog']]) {
      const port = await freePort()
      const url = `http://127.0.0.1:${port}`
      const env = { ...process.env, WP_DB_NAME: `wp_${name}`, WP_DB_SOCKET: socket, WP_URL: url, WP_DIR: wordpressDir, WP_TITLE: title }
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', `create database wp_${name}`])
      log(`installing WordPress site ${name}`)
      const credentials = JSON.parse(execFileSync('php', [join(work, 'install.php')], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop())
      // PHP's built-in server handles one request at a time per worker; a few workers keep
      // parallel test files from queueing behind each other.
      const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', wordpressDir, join(wordpressDir, 'incident-ops-router.php')],
        { env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: 'ignore' })
      children.push(server)
      await waitFor(async () => (await fetch(`${url}/wp-json/`)).ok, `WordPress ${name}`)
      sites[name] = { url, apiUrl: `${url}/wp-json/wp/v2`, ...credentials }
    }
    return { sites, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

// `node test/support/wordpress.mjs` starts both sites and prints their credentials.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wp = await startWordPress({ log: (m) => console.error(m) })
  console.log(JSON.stringify(wp.sites, null, 2))
  process.on('SIGINT', () => wp.stop().then(() => process.exit(0)))
}
