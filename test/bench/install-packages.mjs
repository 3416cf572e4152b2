// Installs a pinned package set (package.json + package-lock.json beside the bench) into a cache
// folder with `npm ci`, once: a stamp of the two files says whether the install is current.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getStamp } from './get-stamp.mjs';
import { BenchError, logStep } from './log-step.mjs';

const STAMP_NAME = '.bench-stamp';

/** Returns the stamp of what is installed in `targetDir`. */
export async function installPackages({ name, sourceDir, targetDir, skipInstall }) {
  const manifests = ['package.json', 'package-lock.json'].map((file) => join(sourceDir, file));
  const stamp = getStamp(manifests);
  const stampFile = join(targetDir, STAMP_NAME);
  const installed = existsSync(join(targetDir, 'node_modules')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (installed) {
    logStep(`${name}: installed (${targetDir})`);
    return stamp;
  }
  if (skipInstall) throw new BenchError(`--skip-install: the ${name} is not installed (or is outdated) in ${targetDir}; run once without --skip-install`);

  logStep(`${name}: npm ci into ${targetDir}`);
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  for (const file of manifests) copyFileSync(file, join(targetDir, file.slice(sourceDir.length + 1)));
  const started = performance.now();
  const { code, stderr } = await runNpmCi(targetDir);
  if (code !== 0) {
    const reason = stderr.split('\n').map((line) => line.trim()).filter((line) => /\berr/i.test(line)).slice(0, 2).join('; ');
    throw new BenchError(`cannot install the ${name}: npm ci exited ${code}${reason ? `: ${reason}` : ''}`);
  }
  writeFileSync(stampFile, stamp);
  logStep(`${name}: installed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return stamp;
}

function runNpmCi(cwd) {
  return new Promise((resolve) => {
    // Lifecycle scripts are never run: the corpus is data, and install scripts would download more.
    const child = spawn('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-8192);
    });
    child.on('error', (error) => resolve({ code: -1, stderr: `npm: ${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? signal, stderr }));
  });
}
