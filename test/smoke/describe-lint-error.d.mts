export interface LintErrorDescription {
  /** `intercom-auth/<rule>`, or `(eslint)` when no rule is to blame. */
  rule: string;
  /** The error's first line, tokens masked. */
  message: string;
  /** `dist/...` file and line of the innermost frame in the plugin's built code. */
  where: string;
}

export function describeLintError(error: unknown): LintErrorDescription;
