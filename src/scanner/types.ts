// The scanner's vocabulary, shared by its detectors, suppressions, baselines and reporters.
// Every location is in the decoded text of a file (UTF-16 offsets, BOM removed); nothing here
// ever holds a token: messages are built from masked forms and keys are hashed before output.

/** The plugin's rule names, without the `intercom-auth/` namespace. */
export const RULE_NAMES = ['no-hardcoded-token', 'no-user-supplied-token', 'no-token-solicitation'] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/**
 * Findings about the scan itself rather than the code: an inline suppression without a reason.
 * Reported like a finding (it fails the run) so a bare ignore comment cannot hide anything.
 */
export const META_RULE_NAMES = ['invalid-suppression'] as const;
export type MetaRuleName = (typeof META_RULE_NAMES)[number];

export type ReportedRuleName = RuleName | MetaRuleName;

export type Severity = 'error' | 'warning';

/** What a detector reports in one file, located by offsets in the file's decoded text. */
export interface Detection {
  rule: ReportedRuleName;
  /** The rule's message id (`hardcodedToken`, `userSuppliedToken`, `request`, …). */
  messageId: string;
  /** Final text for people. Never contains a token (built from masked forms). */
  message: string;
  /** `[start, end)` UTF-16 offsets in the decoded text. */
  start: number;
  end: number;
  /**
   * What identifies this finding across edits, before hashing: a token's fingerprint for
   * hardcoded tokens, otherwise the matched text with whitespace collapsed. Never printed.
   */
  key: string;
  /** Lower severity than the rule's (CLI-supplied tokens): reported as a warning. */
  downgraded?: boolean;
}

/** A finding placed in a file, ready for suppressions, baselines and reporters. */
export interface Finding {
  rule: ReportedRuleName;
  messageId: string;
  message: string;
  severity: Severity;
  /** Path relative to the working directory, `/`-separated (a staged blob: its repository path). */
  path: string;
  /** 1-based lines; 1-based columns counted in UTF-16 code units; the end is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** sha256 hex of rule, path and key: stable when lines above the finding move. */
  hash: string;
}

export type NoticeLevel = 'info' | 'warning' | 'error';

/** Every notice the scanner raises, by its stable code (documented in the README). */
export const NOTICE_CODES = [
  // Files not scanned, or not whole.
  'binary', 'too-large', 'unreadable', 'not-a-file', 'symlink', 'text-only', 'parse-fallback',
  // Text decoded with help.
  'invalid-utf8', 'invalid-utf16', 'nul-bytes',
  // Arguments.
  'not-found', 'no-match', 'ignored',
  // Suppressions and baselines.
  'unused-suppression', 'stale-baseline',
  // The scanner itself: a detector that threw on a file, a worker thread that stopped.
  'internal-error', 'worker-restarted',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/**
 * Something the user must hear about that is not a finding: a skipped binary or oversized file,
 * an unreadable path, a parse failure that fell back to text detection. Errors make the run exit 2
 * unless findings already make it 1... see `getExitCode`.
 */
export interface Notice {
  level: NoticeLevel;
  /** Stable machine-readable code, one of NOTICE_CODES. */
  code: NoticeCode;
  /** Path relative to the working directory, when the notice is about one file. */
  path?: string;
  /** One line for people; never contains a token. */
  message: string;
}

export interface ScanSummary {
  /** Files read and scanned (skipped files are notices, not counted here). */
  files: number;
  bytes: number;
  findings: number;
  /** Hidden by inline suppressions. */
  suppressed: number;
  /** Hidden by the baseline. */
  baselined: number;
  durationMs: number;
}

export interface ScanReport {
  findings: Finding[];
  notices: Notice[];
  summary: ScanSummary;
}
