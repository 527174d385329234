// A real WordPress for tests and the sandbox: two sites, "p2" and "make", each with an Editor
// "incident-bot" and an application password for it. It runs one of two ways:
// - native: WordPress on PHP's built-in server with a private MariaDB. Fast; needs PHP
//   (mysqli, mbstring, xml) and MariaDB installed, which takes root.
// - playground: WordPress Playground (PHP compiled to WebAssembly, SQLite) in Node. Needs
//   no root and no system packages; installed on demand into .cache/playground.
// Native is used where it is installed; INCIDENT_OPS_WORDPRESS=native|playground forces one.
// Both run the same WordPress files (Debian's package, unpacked into .cache/wordpress).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, existsSync, readFileSync, cpSync, mkdirSync, rmSync, accessSync, constants } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname, resolve, delimiter } from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import { startServer, removeOnExit, removeFolder } from './processes.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const cache = process.env.INCIDENT_OPS_CACHE ?? join(root, '.cache')
const wordpressDir = join(cache, 'wordpress')
const SITES = [['p2', 'Team P2'], ['make', 'Make Blog']]
const isRoot = process.getuid?.() === 0

/** A provisioning failure: what is missing and the command that fixes it. The message says it all. */
export class WordPressUnavailable extends Error {
  constructor(message) {
    super(message)
    this.name = 'WordPressUnavailable'
    this.stack = `${this.name}: ${message}`
  }
}

/** Which backend runs and why: { backend, reason }. Throws WordPressUnavailable when forced to one that cannot run. */
export function chooseWordPress() {
  const forced = process.env.INCIDENT_OPS_WORDPRESS
  if (forced && forced !== 'native' && forced !== 'playground') {
    throw new WordPressUnavailable(`INCIDENT_OPS_WORDPRESS is "${forced}"; use native, playground, or leave it unset to choose automatically.`)
  }
  const missing = forced === 'playground' ? [] : nativeMissing()
  if (forced === 'native' && missing.length) {
    throw new WordPressUnavailable(`INCIDENT_OPS_WORDPRESS=native, but this machine lacks ${missing.join(', ')}. To install: ${nativeInstallCommand(missing)}`)
  }
  const backend = forced ?? (missing.length ? 'playground' : 'native')
  const reason = forced
    ? `INCIDENT_OPS_WORDPRESS=${forced}`
    : backend === 'native'
      ? 'PHP and MariaDB are installed (INCIDENT_OPS_WORDPRESS=playground to use Playground)'
      : `the native one lacks ${missing.join(', ')} (for it: ${nativeInstallCommand(missing)})`
  return { backend, reason }
}

/** Gets what the chosen backend needs: the WordPress files, and Playground on first use. */
export function provisionWordPress({ log = () => {} } = {}) {
  const choice = chooseWordPress()
  provisionWordPressFiles(log)
  if (choice.backend === 'playground') playgroundCli(log)
  return choice
}

/**
 * Starts the two sites. Returns { backend, reason, sites: { p2, make }, stop() }, where each
 * site is { url, apiUrl, username, password }. `log` gets one line saying which backend runs
 * and why (and a line before any one-time download).
 */
export async function startWordPress({ log = () => {} } = {}) {
  const { backend, reason } = chooseWordPress()
  log(`WordPress: ${backend === 'native' ? 'native (PHP built-in server + MariaDB)' : 'Playground (PHP-WASM + SQLite)'}, because ${reason}`)
  provisionWordPress({ log })
  const started = backend === 'native' ? await startNative() : await startPlayground(log)
  return { backend, reason, ...started }
}

// ---- what is installed -------------------------------------------------------------------

// mariadbd is in /usr/sbin on Debian and /usr/libexec on Fedora, off a normal user's PATH.
const SEARCH = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/libexec', '/sbin'].filter(Boolean)

function which(command) {
  for (const dir of SEARCH) {
    try {
      accessSync(join(dir, command), constants.X_OK)
      return join(dir, command)
    } catch {
      // not here
    }
  }
  return null
}

const PHP_MODULES = { mysqli: 'php-mysql', mbstring: 'php-mbstring', xml: 'php-xml' }
const PACKAGE_OF = { php: 'php-cli', mariadbd: 'mariadb-server', 'mariadb-install-db': 'mariadb-server', mariadb: 'mariadb-client' }

/** What the native backend needs and this machine lacks (commands or PHP modules). */
export function nativeMissing() {
  const missing = []
  if (!which('php')) missing.push('php')
  else {
    // Read the list once: `php -m | grep -q` under pipefail fails when grep closes the pipe early.
    let modules = ''
    try {
      modules = execFileSync(which('php'), ['-m'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).toLowerCase()
    } catch (e) {
      missing.push(`a working php (php -m failed: ${String(e.stderr ?? e.message).trim()})`)
    }
    const lines = new Set(modules.split('\n').map((l) => l.trim()))
    for (const module of Object.keys(PHP_MODULES)) if (modules && !lines.has(module)) missing.push(`PHP module ${module}`)
  }
  for (const command of ['mariadbd', 'mariadb-install-db', 'mariadb']) if (!which(command)) missing.push(command)
  return missing
}

/** The command that installs what is missing for the native backend. */
function nativeInstallCommand(missing) {
  if (process.platform === 'darwin') return 'brew install php mariadb'
  // Without php its modules are unknown: name them all.
  const names = missing.includes('php') ? [...missing, ...Object.keys(PHP_MODULES).map((m) => `PHP module ${m}`)] : missing
  const packages = new Set(names.map((m) => PACKAGE_OF[m] ?? PHP_MODULES[m.replace('PHP module ', '')]).filter(Boolean))
  return `sudo apt-get install ${[...packages].join(' ')}`
}

/** Debian's WordPress, unpacked into the cache by scripts/install-wordpress.sh (no root needed). */
function provisionWordPressFiles(log) {
  if (existsSync(join(wordpressDir, 'wp-settings.php'))) return
  log(`getting WordPress into ${wordpressDir} (once: about 8 MB download)`)
  try {
    execFileSync(join(root, 'scripts/install-wordpress.sh'), ['--wordpress-only'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, INCIDENT_OPS_CACHE: cache } })
  } catch (e) {
    throw new WordPressUnavailable(`could not get the WordPress files (scripts/install-wordpress.sh --wordpress-only):\n${`${e.stdout ?? ''}${e.stderr ?? e.message}`.trim()}`)
  }
}

// ---- shared --------------------------------------------------------------------------------

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

async function waitFor(check, what, { ms = 30000, server } = {}) {
  const until = Date.now() + ms
  let last
  while (Date.now() < until) {
    if (server?.exited() != null) throw new Error(`${what} exited (${server.exited()}):\n${tail(server.output())}`)
    try {
      if (await check()) return
    } catch (e) {
      last = e
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}${server ? `\n${tail(server.output())}` : ''}`)
}

const tail = (text, lines = 30) => text.trim().split('\n').slice(-lines).join('\n')

/** Runs a command; a failure carries the command and everything it printed. */
function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
  } catch (e) {
    throw new Error(`${[command, ...args].join(' ')} failed (${e.status ?? e.code}):\n${tail(`${e.stdout ?? ''}${e.stderr ?? ''}`) || e.message}`, { cause: e })
  }
}

// The Editor the action posts as, with an application password (offered only over HTTPS or
// when WP_ENVIRONMENT_TYPE is local). Prints the credentials as JSON.
const SETUP_USER = (title) => `
require_once ABSPATH . 'wp-admin/includes/user.php';
update_option('blogname', '${title}');
update_option('permalink_structure', '/%postname%/');
$bot = wp_insert_user(['user_login' => 'incident-bot', 'user_pass' => wp_generate_password(24),
  'user_email' => 'bot@example.org', 'role' => 'editor']);
if (is_wp_error($bot)) { http_response_code(500); echo $bot->get_error_message(); exit(1); }
list($password) = WP_Application_Passwords::create_new_application_password($bot, ['name' => 'incident-ops']);
echo json_encode(['username' => 'incident-bot', 'password' => $password]);
`

// ---- native: PHP's built-in server and MariaDB ---------------------------------------------

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

const NATIVE_INSTALL = (title) => `<?php
define('WP_INSTALLING', true);
require getenv('WP_DIR') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('${title}', 'admin', 'admin@example.org', true, '', wp_generate_password(24));
${SETUP_USER(title)}`

async function startNative() {
  const work = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-wp-')))
  const datadir = join(work, 'db')
  const socket = join(work, 'db.sock')
  writeFileSync(join(wordpressDir, 'wp-config.php'), WP_CONFIG)
  writeFileSync(join(wordpressDir, 'incident-ops-router.php'), ROUTER)

  const servers = []
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop()
    removeFolder(work)
  }
  try {
    // --user only as root: MariaDB refuses to run as root without it, and a normal user cannot switch.
    const asUser = isRoot ? ['--user=root'] : []
    run(which('mariadb-install-db'), ['--no-defaults', `--datadir=${datadir}`, ...asUser,
      '--auth-root-authentication-method=normal', '--skip-test-db'])
    const db = await startServer(which('mariadbd'), ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`,
      '--skip-networking', ...asUser, `--pid-file=${join(work, 'db.pid')}`,
      '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { logFile: join(work, 'mariadbd.log') })
    servers.push(db)
    const sql = (statement) => run(which('mariadb'), ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement])
    await waitFor(() => existsSync(socket) && sql('select 1'), 'MariaDB', { server: db })

    const sites = {}
    for (const [name, title] of SITES) {
      const port = await freePort()
      const url = `http://127.0.0.1:${port}`
      const env = { ...process.env, WP_DB_NAME: `wp_${name}`, WP_DB_SOCKET: socket, WP_URL: url, WP_DIR: wordpressDir }
      sql(`create database wp_${name}`)
      writeFileSync(join(work, `install-${name}.php`), NATIVE_INSTALL(title))
      const credentials = JSON.parse(run(which('php'), [join(work, `install-${name}.php`)], { env }).trim().split('\n').pop())
      // PHP's built-in server handles one request at a time per worker; a few workers keep
      // parallel test files from queueing behind each other.
      const server = await startServer(which('php'), ['-S', `127.0.0.1:${port}`, '-t', wordpressDir, join(wordpressDir, 'incident-ops-router.php')],
        { env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, logFile: join(work, `php-${name}.log`) })
      servers.push(server)
      await waitFor(async () => (await fetch(`${url}/wp-json/`)).ok, `WordPress ${name} (php -S)`, { server })
      sites[name] = { url, apiUrl: `${url}/wp-json/wp/v2`, ...credentials }
    }
    return { sites, stop }
  } catch (error) {
    await stop()
    throw new WordPressUnavailable(`native WordPress did not start: ${error.message}\nINCIDENT_OPS_WORDPRESS=playground runs it on WordPress Playground instead.`)
  }
}

// ---- playground: PHP-WASM and SQLite in Node -------------------------------------------------

const PINNED = join(root, 'test/support/playground')
const playgroundDir = join(cache, 'playground')

/**
 * The Playground CLI, installed from test/support/playground's lockfile on first use: it is
 * about 580 MB, which contributors with native PHP and MariaDB never need, so npm ci leaves it out.
 */
function playgroundCli(log) {
  const cli = join(playgroundDir, 'node_modules/@wp-playground/cli/wp-playground.js')
  const lock = readFileSync(join(PINNED, 'package-lock.json'), 'utf8')
  const installedLock = join(playgroundDir, 'package-lock.json')
  if (existsSync(cli) && existsSync(installedLock) && readFileSync(installedLock, 'utf8') === lock) return cli
  log(`installing WordPress Playground into ${playgroundDir} (once: about 210 MB download, 580 MB on disk)`)
  rmSync(playgroundDir, { recursive: true, force: true })
  mkdirSync(playgroundDir, { recursive: true })
  cpSync(join(PINNED, 'package.json'), join(playgroundDir, 'package.json'))
  writeFileSync(installedLock, lock)
  // Under `npm test` npm says where it is; otherwise the npm on PATH.
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []]
  const args = ['ci', '--ignore-scripts', '--no-audit', '--no-fund']
  try {
    execFileSync(npm[0], [...npm[1], ...args], { cwd: playgroundDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    rmSync(playgroundDir, { recursive: true, force: true })
    throw new WordPressUnavailable(`could not install WordPress Playground (npm ${args.join(' ')} in ${playgroundDir}):\n${tail(`${e.stdout ?? ''}${e.stderr ?? e.message}`)}\n` +
      `Fix the npm error above (it needs the npm registry and about 600 MB of disk), or install PHP and MariaDB for the native WordPress.`)
  }
  return cli
}

async function startPlayground(log) {
  const cli = playgroundCli(log)
  const work = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-wp-')))
  const servers = []
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()))
    removeFolder(work)
  }
  const startSite = async (name, title) => {
    // Playground writes wp-config.php and the SQLite database into the mounted tree: one copy each.
    const tree = join(work, name)
    cpSync(wordpressDir, tree, { recursive: true, filter: (src) => !/[\\/](wp-config\.php|incident-ops-router\.php)$/.test(src) })
    const setup = `incident-ops-setup-${randomBytes(8).toString('hex')}.php`
    writeFileSync(join(tree, setup), `<?php\nrequire __DIR__ . '/wp-load.php';\nunlink(__FILE__);\n${SETUP_USER(title)}`)
    // Playground's own temporary files go in our folder, so they go with it even if it is killed.
    const tmp = join(work, `tmp-${name}`)
    mkdirSync(tmp)
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const server = await startServer(process.execPath, [cli, 'server', `--port=${port}`, '--php=8.2', '--login=false',
      // The default mode downloads WordPress; this one installs the files mounted here, offline.
      '--wordpress-install-mode=install-from-existing-files', `--mount-before-install=${tree}:/wordpress`,
      '--define', 'WP_ENVIRONMENT_TYPE', 'local', '--define-bool', 'DISABLE_WP_CRON', 'true',
      '--define-bool', 'AUTOMATIC_UPDATER_DISABLED', 'true', '--define-bool', 'WP_HTTP_BLOCK_EXTERNAL', 'true'],
    { logFile: join(work, `playground-${name}.log`), env: { ...process.env, TMPDIR: tmp } })
    servers.push(server)
    await waitFor(async () => (await fetch(`${url}/wp-json/`)).ok, `WordPress ${name} (Playground)`, { server, ms: 180_000 })
    const response = await fetch(`${url}/${setup}`)
    const text = await response.text()
    if (!response.ok) throw new Error(`setting up ${name} answered HTTP ${response.status}: ${text.slice(0, 500)}`)
    return [name, { url, apiUrl: `${url}/wp-json/wp/v2`, ...JSON.parse(text) }]
  }
  // Both at once: each start takes several seconds.
  const started = await Promise.allSettled(SITES.map(([name, title]) => startSite(name, title)))
  const failed = started.find((s) => s.status === 'rejected')
  if (failed) {
    await stop()
    throw new WordPressUnavailable(`WordPress Playground did not start: ${failed.reason.message}`)
  }
  return { sites: Object.fromEntries(started.map((s) => s.value)), stop }
}

// `node test/support/wordpress.mjs --provision` gets what the tests need and says what is
// missing (npm run test:e2e runs it first); without arguments it starts both sites and prints
// their credentials until Ctrl-C.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv[2] === '--provision') provisionWordPress({ log: (m) => console.error(`[wordpress] ${m}`) })
    else {
      const wp = await startWordPress({ log: (m) => console.error(m) })
      console.log(JSON.stringify(wp.sites, null, 2))
    }
  } catch (error) {
    if (!(error instanceof WordPressUnavailable)) throw error
    console.error(`[wordpress] The end-to-end tests need a real WordPress, and it cannot start here:\n${error.message}`)
    process.exit(1)
  }
}
