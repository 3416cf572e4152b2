// What the numbers were measured on: they are only comparable within one run and one machine.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { HAS_TIME } from './time-command.mjs';
import { REPO_DIR } from './bench-paths.mjs';

export function getMachineInfo() {
  const git = (...args) => spawnSync('git', args, { cwd: REPO_DIR, encoding: 'utf8' }).stdout?.trim() ?? '';
  const dirty = git('status', '--porcelain', '--untracked-files=no') === '' ? '' : ' (with uncommitted changes)';
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${type()} ${release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${dirty}`,
    loadBefore: getLoad(),
    loadAfter: undefined,
    hasTime: HAS_TIME,
  };
}

export function getLoad() {
  return loadavg()[0].toFixed(2);
}
