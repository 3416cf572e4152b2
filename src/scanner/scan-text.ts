// One file's text through the detectors its kind calls for. Pure and synchronous, so it can run
// in a worker: reading, suppressions and baselines happen around it.
import { createScriptLinter, type RuleSetting, type ScriptDialect, type ScriptLinter } from './detect/create-script-linter.js';
import { blankOutside, findScriptBlocks, type ScriptBlock } from './detect/find-script-blocks.js';
import { findCodeStringSolicitations } from './detect/code-strings/find-code-string-solicitations.js';
import { blankRegions, findPhpRegions } from './detect/code-strings/find-php-regions.js';
import { findTemplateCodeRegions } from './detect/code-strings/find-template-code-regions.js';
import { findCatalogSolicitations } from './detect/catalog/find-catalog-solicitations.js';
import { findMarkdownSolicitations } from './detect/markdown/find-markdown-solicitations.js';
import { findUserSuppliedTokensInOtherLanguage } from './detect/other-languages/find-user-supplied-tokens-in-other-language.js';
import type { OtherLanguage } from './detect/other-languages/token-list.js';
import { getTemplateBindingWrites, readThisAsInstance } from './detect/get-template-binding-writes.js';
import { findMarkupFileSolicitations } from './detect/find-markup-file-solicitations.js';
import { findTokenDetections } from './detect/find-token-detections.js';
import { pushAll } from '../flow/collections.js';
import { isGeneratedScript } from './detect/is-generated-script.js';
import { isScriptRelevant } from './detect/is-script-relevant.js';
import { getFileKind, type FileKind } from './get-file-kind.js';
import { getLineIndex } from './get-line-index.js';
import { type Detection, type Notice, type RuleName } from './types.js';

export interface ScanEngineSettings {
  rules: Readonly<Record<RuleName, RuleSetting>>;
  inlineConfig: boolean;
}

export interface ScanEngine {
  settings: ScanEngineSettings;
  /** Created on first use: most trees have few scripts that need ESLint. */
  getLinter(): ScriptLinter;
  isEnabled(rule: RuleName): boolean;
  allowedFingerprints: ReadonlySet<string>;
  additionalNouns: readonly string[];
  extraSinkModules: readonly string[];
}

export function createScanEngine(settings: ScanEngineSettings): ScanEngine {
  let linter: ScriptLinter | undefined;
  const hardcoded = settings.rules['no-hardcoded-token'].options ?? {};
  const solicitation = settings.rules['no-token-solicitation'].options ?? {};
  const userSupplied = settings.rules['no-user-supplied-token'].options ?? {};
  const extraSinks = (userSupplied.extraSinks as { module?: string }[] | undefined) ?? [];
  return {
    settings,
    getLinter: () => (linter ??= createScriptLinter(settings)),
    isEnabled: (rule) => settings.rules[rule].severity !== 'off',
    allowedFingerprints: new Set((hardcoded.allowedFingerprints as string[] | undefined) ?? []),
    additionalNouns: (solicitation.additionalNouns as string[] | undefined) ?? [],
    extraSinkModules: extraSinks.map((sink) => sink.module ?? ''),
  };
}

export interface TextScanResult {
  detections: Detection[];
  notices: Notice[];
  /** Findings ESLint's own disable comments hid in scripts. */
  suppressed: number;
}

/**
 * Scans one file. `path` is the display path (relative, `/`-separated); `filename` the absolute
 * path rules see as `context.filename`.
 */
export function scanText(text: string, path: string, filename: string, engine: ScanEngine): TextScanResult {
  const kind = getFileKind(path);
  const result: TextScanResult = { detections: [], notices: [], suppressed: 0 };
  if (kind === 'script') scanScript(text, path, filename, engine, result);
  else {
    if (engine.isEnabled('no-hardcoded-token')) pushAll(result.detections, findTokenDetections(text, engine.allowedFingerprints));
    scanByKind(kind, text, path, filename, engine, result);
  }
  result.detections = dedupe(result.detections.filter((d) => d.rule === 'invalid-suppression' || engine.isEnabled(d.rule)));
  return result;
}

// Bundles and minified files are not what the rules are for, and ESLint needs seconds and
// hundreds of MB per MB of them: past these sizes a script is scanned as text for tokens.
const MAX_LINTED_LENGTH = 1_000_000;
const MAX_LINTED_MINIFIED_LENGTH = 100_000;
const MINIFIED_LINE_LENGTH = 1_000;

function isTooBigToLint(text: string): boolean {
  if (text.length > MAX_LINTED_LENGTH) return true;
  if (text.length <= MAX_LINTED_MINIFIED_LENGTH) return false;
  let lines = 1;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lines++;
  return text.length / lines > MINIFIED_LINE_LENGTH;
}

function scanScript(text: string, path: string, filename: string, engine: ScanEngine, result: TextScanResult): void {
  // Generated code keeps only the token rule: a token there leaks like any other, but copy and
  // data flow are the generator's to fix.
  const generated = isGeneratedScript(text);
  // Said only where it changed something: where another rule had something to look at.
  if (generated && isScriptRelevant(text, filename, engine)) {
    result.notices.push({
      level: 'info',
      code: 'text-only',
      path,
      message: 'generated (its header says so): checked for tokens only (the other rules are for source files)',
    });
  }
  if (!isScriptRelevant(text, filename, generated ? withTokenRuleOnly(engine) : engine)) {
    // No rule but the token rule has anything to do, and it would report the text's tokens
    // as they are, unless an `eslint-disable` comment in the file says otherwise.
    const tokens = engine.isEnabled('no-hardcoded-token') ? findTokenDetections(text, engine.allowedFingerprints) : [];
    if (tokens.length === 0) return;
    if (!engine.settings.inlineConfig || !text.includes('eslint-disable')) {
      pushAll(result.detections, tokens);
      return;
    }
  }
  if (isTooBigToLint(text)) {
    result.notices.push({
      level: 'info',
      code: 'text-only',
      path,
      message: 'minified or over 1 MB: scanned as text for tokens only (the rules run on source files)',
    });
    if (engine.isEnabled('no-hardcoded-token')) pushAll(result.detections, findTokenDetections(text, engine.allowedFingerprints));
    return;
  }
  const dialect = getScriptDialect(path);
  const linted = lintWithFallback(engine.getLinter(), text, filename, dialect);
  if (linted.parseError === undefined) {
    pushAll(result.detections, generated ? linted.detections.filter((d) => d.rule === 'no-hardcoded-token') : linted.detections);
    result.suppressed += linted.suppressed ?? 0;
    return;
  }
  // Nothing is lost: a script that does not parse still gets the text detectors.
  result.notices.push({
    level: 'warning',
    code: 'parse-fallback',
    path,
    message: `could not be parsed (${linted.parseError}); scanned as text for tokens only`,
  });
  if (engine.isEnabled('no-hardcoded-token')) pushAll(result.detections, findTokenDetections(text, engine.allowedFingerprints));
}

function withTokenRuleOnly(engine: ScanEngine): ScanEngine {
  return { ...engine, isEnabled: (rule) => rule === 'no-hardcoded-token' && engine.isEnabled(rule) };
}

function scanByKind(kind: FileKind, text: string, path: string, filename: string, engine: ScanEngine, result: TextScanResult): void {
  switch (kind) {
    case 'vue':
    case 'svelte':
    case 'html':
    case 'template':
      scanComponent(kind, text, path, filename, engine, result);
      return;
    case 'json':
    case 'yaml':
    case 'gettext':
    case 'properties':
    case 'xml-catalog':
      if (engine.isEnabled('no-token-solicitation')) {
        pushAll(result.detections, findCatalogSolicitations(text, kind, path, { additionalNouns: engine.additionalNouns }));
      }
      return;
    case 'markdown':
      if (engine.isEnabled('no-token-solicitation')) {
        pushAll(result.detections, findMarkdownSolicitations(text, path, { additionalNouns: engine.additionalNouns }));
      }
      return;
    case 'python':
    case 'ruby':
    case 'php':
    case 'go':
    case 'java':
    case 'csharp':
      scanOtherLanguage(kind, text, path, engine, result);
      return;
    default:
      return;
  }
}

function scanOtherLanguage(kind: OtherLanguage, text: string, path: string, engine: ScanEngine, result: TextScanResult): void {
  if (engine.isEnabled('no-user-supplied-token')) pushAll(result.detections, findUserSuppliedTokensInOtherLanguage(text, kind));
  if (!engine.isEnabled('no-token-solicitation')) return;
  // Strings of the code (the language lexer knows PHP's `<?php ?>` blocks).
  pushAll(result.detections, findCodeStringSolicitations(text, kind, path, engine.additionalNouns));
  // A PHP file is also a page: the markup around its code blocks.
  if (kind === 'php') pushAll(result.detections, findMarkupFileSolicitations(blankRegions(text, findPhpRegions(text)), engine.additionalNouns, text));
}

function scanComponent(kind: FileKind, text: string, path: string, filename: string, engine: ScanEngine, result: TextScanResult): void {
  // Tokens in components come from the text detector below, whatever the scripts hold.
  if (isScriptRelevant(text, filename, engine)) {
    const blocks = findScriptBlocks(text);
    // A component's blocks form one module (Vue `<script>` + `<script setup>`, Svelte
    // `context="module"`); a page's inline scripts are separate programs.
    const programs = kind === 'vue' || kind === 'svelte' ? (blocks.length > 0 ? [blocks] : []) : blocks.map((block) => [block]);
    for (const program of programs) lintBlocks(text, program, path, filename, engine, kind, result);
  }
  if (engine.isEnabled('no-token-solicitation') && path.toLowerCase().endsWith('.pug')) {
    // Pug is indentation, not tags: its copy is in attribute strings (`input(placeholder="…")`).
    pushAll(result.detections, findCodeStringSolicitations(text, kind, path, engine.additionalNouns, [{ start: 0, end: text.length }]));
    return;
  }
  if (engine.isEnabled('no-token-solicitation')) {
    pushAll(result.detections, findMarkupFileSolicitations(text, engine.additionalNouns));
    // Copy held in template tags: `<%= f.label :token, "Access token" %>`, `{{ __('…') }}`.
    const regions = findTemplateCodeRegions(text);
    if (regions.length > 0) pushAll(result.detections, findCodeStringSolicitations(text, kind, path, engine.additionalNouns, regions));
  }
}

function lintBlocks(
  text: string,
  blocks: readonly ScriptBlock[],
  path: string,
  filename: string,
  engine: ScanEngine,
  kind: FileKind,
  result: TextScanResult,
): void {
  const dialect: ScriptDialect = blocks.some((block) => block.language === 'ts') ? 'ts' : 'js';
  const bindings = kind === 'vue' || kind === 'svelte' ? getTemplateBindingWrites(text, kind) : undefined;
  const script = blankOutside(text, blocks);
  const program = (bindings?.instanceThis ? readThisAsInstance(script) : script) + (bindings?.appended ?? '');
  const linted = lintWithFallback(engine.getLinter(), program, `${filename}.${dialect}`, dialect);
  if (linted.parseError === undefined) {
    pushAll(result.detections, linted.detections);
    result.suppressed += linted.suppressed ?? 0;
    return;
  }
  // Server-side templates put template tags inside scripts; their text is still scanned for tokens.
  const line = getLineIndex(text).getLocation(blocks[0]!.start).line;
  result.notices.push({
    level: kind === 'template' ? 'info' : 'warning',
    code: 'parse-fallback',
    path,
    message: `the <script> at line ${line} could not be parsed (${linted.parseError}); scanned as text`,
  });
}

/** JS that fails under espree may be TypeScript, JSX or Flow in a .js file: try the TS parser once. */
function lintWithFallback(linter: ScriptLinter, text: string, filename: string, dialect: ScriptDialect) {
  const first = linter.lint(text, filename, dialect);
  if (first.parseError === undefined || dialect === 'ts' || dialect === 'tsx') return first;
  const second = linter.lint(text, filename, 'tsx');
  return second.parseError === undefined ? second : first;
}

function getScriptDialect(path: string): ScriptDialect {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'cjs') return 'commonjs';
  if (extension === 'tsx') return 'tsx';
  if (extension === 'ts' || extension === 'mts' || extension === 'cts') return 'ts';
  return 'js';
}


/** Two detectors may find the same thing (a token in a component's script): report it once. */
function dedupe(detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => a.start - b.start || b.end - a.end);
  const reach = new Map<string, number>();
  const kept: Detection[] = [];
  for (const detection of sorted) {
    const end = Math.max(detection.end, detection.start + 1);
    const covered = reach.get(detection.rule);
    if (covered !== undefined && detection.start < covered) continue;
    reach.set(detection.rule, end);
    kept.push(detection);
  }
  return kept;
}
