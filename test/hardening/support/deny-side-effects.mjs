// Preload (`node --import`) for the no-side-effects test: every way the scanner could reach the
// network, start a process or run code from the scanned tree is replaced by a function that
// appends one JSON line to SIDE_EFFECT_LOG and throws. Exceptions, recorded all the same:
// `git` when SIDE_EFFECT_ALLOW_GIT=1 (--staged and --since need it), and worker threads whose
// script is inside SIDE_EFFECT_PACKAGE (the scanner's own modules).
//
// Named imports of built-ins (`import { spawn } from 'node:child_process'`) are bound when the
// importing module loads, after this preload, and syncBuiltinESMExports() makes them see the
// replacements. Worker threads started from files run this preload too.
import { appendFileSync } from 'node:fs';
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import module, { register, syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { isAbsolute, relative, resolve } from 'node:path';
import tls from 'node:tls';
import { fileURLToPath, pathToFileURL } from 'node:url';
import workerThreads from 'node:worker_threads';

const LOG = process.env.SIDE_EFFECT_LOG;
const TREE = process.env.SIDE_EFFECT_TREE;
const PACKAGE = process.env.SIDE_EFFECT_PACKAGE;
const ALLOW_GIT = process.env.SIDE_EFFECT_ALLOW_GIT === '1';
if (!LOG || !TREE || !PACKAGE) throw new Error('deny-side-effects: set SIDE_EFFECT_LOG, SIDE_EFFECT_TREE and SIDE_EFFECT_PACKAGE');

const record = (kind, detail) => appendFileSync(LOG, `${JSON.stringify({ kind, detail: String(detail) })}\n`);
const deny = (kind, detail) => {
  record(kind, detail);
  throw new Error(`deny-side-effects: ${kind} refused`);
};
const isInside = (directory, path) => {
  const rest = relative(directory, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
};
const toPath = (target) => (target instanceof URL ? fileURLToPath(target) : typeof target === 'string' && target.startsWith('file:') ? fileURLToPath(target) : String(target));

function replace(target, name, kind) {
  if (typeof target[name] !== 'function') return;
  target[name] = function denied(...args) {
    return deny(kind, `${name} ${describe(args[0])}`);
  };
}
function describe(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && !(value instanceof URL)) return JSON.stringify(Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v !== 'function'))).slice(0, 200);
  return String(value).slice(0, 200);
}

// Allowed actions are recorded too (kinds `git` and `own-worker`), so a test can tell that the
// code path it meant to exercise ran under this preload.

// Network: sockets, TLS, HTTP(S), HTTP/2, UDP, DNS, fetch.
net.Socket.prototype.connect = function connect(...args) {
  return deny('network', `net.Socket.connect ${describe(args[0])}`);
};
for (const name of ['connect', 'createConnection']) replace(net, name, 'network');
replace(tls, 'connect', 'network');
for (const target of [http, https]) for (const name of ['request', 'get']) replace(target, name, 'network');
replace(http2, 'connect', 'network');
replace(dgram, 'createSocket', 'network');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt']) {
  replace(dns, name, 'network');
  replace(dns.promises, name, 'network');
}
globalThis.fetch = async (input) => deny('network', `fetch ${describe(input)}`);
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = function WebSocket(url) { deny('network', `WebSocket ${describe(url)}`); };

// Processes: only `git`, and only when allowed, started without a shell.
for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync']) {
  const real = childProcess[name];
  childProcess[name] = function checked(file, ...rest) {
    const args = Array.isArray(rest[0]) ? rest[0] : [];
    const options = (Array.isArray(rest[0]) ? rest[1] : rest[0]) ?? {};
    const line = `${name} ${file} ${args.join(' ')}`.slice(0, 300);
    if (ALLOW_GIT && file === 'git' && !options.shell) {
      record('git', line);
      return real.call(this, file, ...rest);
    }
    return deny('process', line);
  };
}
for (const name of ['exec', 'execSync', 'fork']) replace(childProcess, name, 'process');

// Worker threads: the scanner's own modules only, never code given as a string.
const RealWorker = workerThreads.Worker;
workerThreads.Worker = class CheckedWorker extends RealWorker {
  constructor(filename, options) {
    const path = options?.eval ? undefined : resolve(toPath(filename));
    if (path === undefined || !isInside(PACKAGE, path) || isInside(TREE, path)) deny('worker', options?.eval ? 'eval' : path);
    record('own-worker', relative(PACKAGE, path));
    super(filename, options);
  }
};

// Code from the scanned tree: require() (resolution is where every CommonJS load passes), native
// addons, and import() through a resolve hook that runs on the loader thread.
const realResolveFilename = module._resolveFilename;
module._resolveFilename = function checkedResolve(request, ...rest) {
  const resolved = realResolveFilename.call(this, request, ...rest);
  if (isAbsolute(resolved) && isInside(TREE, resolved)) deny('require', relative(TREE, resolved));
  return resolved;
};
const realDlopen = process.dlopen;
process.dlopen = function checkedDlopen(target, filename, ...rest) {
  if (isInside(TREE, resolve(toPath(filename)))) deny('addon', relative(TREE, resolve(toPath(filename))));
  return realDlopen.call(this, target, filename, ...rest);
};
register(new URL('./deny-tree-imports.mjs', import.meta.url), { data: { log: LOG, tree: pathToFileURL(TREE).href } });

syncBuiltinESMExports();
