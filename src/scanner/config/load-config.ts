// Where the scanner's settings come from. Only JSON: never a JavaScript config, because the
// scanner must not execute code from the tree it scans (a hostile pull request could ship one).
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../usage-error.js';
import { CONFIG_FILE_NAME, PACKAGE_JSON_KEY } from './config-keys.js';
import { createDefaultConfig } from './default-config.js';
import { parseConfig } from './parse-config.js';
import { parseJson, readJsonFile } from './read-json-file.js';
import type { ScanConfig } from './scan-config.js';

export interface LoadedConfig {
  config: ScanConfig;
  /** Absolute path of the file the config came from (package.json: its "intercom-auth" key); absent for defaults. */
  source?: string;
}

/**
 * The config for a scan of `cwd`: `explicitPath` (--config) when given, else
 * intercom-auth.config.json in cwd, else the "intercom-auth" key of cwd's package.json, else the
 * defaults. Globs in any of them are relative to cwd, not to the config file.
 */
export function loadConfig(cwd: string, explicitPath?: string): LoadedConfig {
  if (explicitPath !== undefined) {
    const file = resolve(cwd, explicitPath);
    const label = getLabel(cwd, file);
    return { config: parseConfig(readJsonFile(file, label, 'config file'), label), source: file };
  }
  const configFile = join(cwd, CONFIG_FILE_NAME);
  if (existsSync(configFile)) {
    return { config: parseConfig(readJsonFile(configFile, CONFIG_FILE_NAME, 'config file'), CONFIG_FILE_NAME), source: configFile };
  }
  const packageFile = join(cwd, 'package.json');
  const fromPackage = readPackageConfig(packageFile);
  if (fromPackage !== undefined) {
    return { config: parseConfig(fromPackage, `package.json#${PACKAGE_JSON_KEY}`), source: packageFile };
  }
  return { config: createDefaultConfig() };
}

/** The "intercom-auth" value of a package.json, or undefined when there is none. */
function readPackageConfig(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new UsageError(`package.json: cannot read it${code ? ` (${code})` : ''}`);
  }
  // A package.json that cannot hold our key is not parsed, so an unrelated broken one (a test
  // fixture, a template) does not stop the scan.
  if (!text.includes(`"${PACKAGE_JSON_KEY}"`)) return undefined;
  const data = parseJson(text, 'package.json');
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, PACKAGE_JSON_KEY)) return undefined;
  return (data as Record<string, unknown>)[PACKAGE_JSON_KEY];
}

/** How to name `file` in messages: relative to cwd when inside it. */
function getLabel(cwd: string, file: string): string {
  const path = relative(cwd, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path) ? path.split('\\').join('/') : file;
}
