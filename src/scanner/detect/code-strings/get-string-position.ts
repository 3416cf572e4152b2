// Where a string literal sits in non-JS code, read from the text just before and after it on its
// line — the same three positions the ESLint rule gives JS strings, judged without a parser:
// - `label`: a copy key or attribute (`label=`, `'placeholder' =>`, `help_text:`), a gettext or
//   translation wrapper (`__('…')`, `_("…")`, `t('…')`), a UI call (`flash`, `prompt`): bare
//   field labels count here;
// - `text`: any other string that could be shown; only full requests count;
// - `none`: keys, log and exception messages, docstrings: never copy.
import { isCopyCalleeName, isCopyName, isTechnicalName } from '../../../copy/copy-key-names.js';

export type CodeStringPosition = 'label' | 'text' | 'none';

// Only the end of the line before a string decides, and only this much of it.
const LOOK_BEHIND = 120;

// `name = "…"`, `name: "…"`, `'name' => "…"`, `:name => "…"`, `name("…"` — the last name before the string.
const NAMED_VALUE = /([A-Za-z_][\w-]*)["']?\s*(?:=>|=|:)\s*$/;
const CALL_OPEN = /([A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*)\s*\(\s*(?:[^()"'`]{0,60},\s*)?$/;
// Calls whose argument users read in other languages and templates, beyond the JS rule's list
// (`isCopyCalleeName`: gettext, `t`, WordPress `__`/`esc_html_e`, `prompt`, `alert` …).
const UI_CALLS =
  /^(?:_|gettext_lazy|ugettext|ugettext_lazy|trans|trans_choice|lang|I18n\.t|tr|l|flash|flash\.now|ask|input|raw_input|click\.prompt|add_settings_field|add_settings_section|form_label|form_row|form_widget|label|placeholder|setLabel|setPlaceholder|setTitle|setHelpText|setText|Label|Placeholder|HelpText|Prompt|Title|Display)$/;
const isUiCall = (name: string) => UI_CALLS.test(name) || isCopyCalleeName(name);
// Calls whose argument is for developers or machines.
const DEVELOPER_CALLS =
  /(?:^|\.|::|->)(?:raise|throw|panic|abort|assert\w*|log|logger|logging|debug|info|warn|warning|error|fatal|critical|trace|print|println|printf|Printf|Println|Errorf|New|Sprintf|format|puts|p|pp|echo_debug|error_log|var_dump|die|exit|Exception|Error|getenv|environ|get|fetch|require|include|import|require_once|include_once|Fatalf|Panicf|WriteLine|LogError|LogWarning|LogInformation|ArgumentException|InvalidOperationException|RuntimeException|IllegalArgumentException|IllegalStateException|ValueError|KeyError|RuntimeError|TypeError|ImproperlyConfigured)$/;
const TRANSLATE_FILTER = /^\s*\|\s*(?:trans|t|translate|i18n)\b/;
const BARE_UI_CALL = /(?:^|[\s.(])(?:label|label_tag|placeholder|hint|submit|button_tag|form_label)\s+[^"'()]{0,60}$/;
const DEVELOPER_STATEMENT = /(?:\braise\s+\w+|\bthrow\s+new\s+\w+|\bthrow\s+\w+|\bfail\s+\w*|\bpanic)\s*\(?\s*$/;

/**
 * The position of the literal written at `[start, end)` (delimiters and prefixes included);
 * `block` for a triple-quoted or heredoc literal.
 */
export function getStringPosition(source: string, start: number, end: number, block: boolean): CodeStringPosition {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const before = source.slice(Math.max(lineStart, start - LOOK_BEHIND), start).trimEnd();
  const after = source.slice(end, end + 8);
  // A key: `"label": …`, `'title' => …`.
  if (/^\s*(?::(?!:)|=>)/.test(after)) return 'none';
  // Twig/Liquid/Jinja filters that translate: `'Access token'|trans`, `'…' | t`.
  if (TRANSLATE_FILTER.test(after)) return 'label';
  if (DEVELOPER_STATEMENT.test(before)) return 'none';
  const call = CALL_OPEN.exec(before)?.[1];
  if (call !== undefined) {
    if (isUiCall(call) || isUiCall(call.slice(call.search(/[\w$]+$/)))) return 'label';
    if (DEVELOPER_CALLS.test(call)) return 'none';
  }
  // Ruby and template helpers called without parentheses: `f.label :token, "Access token"`.
  if (BARE_UI_CALL.test(before)) return 'label';
  const name = NAMED_VALUE.exec(before)?.[1];
  if (name !== undefined) {
    if (isTechnicalName(name)) return 'none';
    if (isCopyName(name) || isCopyName(name.replace(/^(?:_|\$)+/, ''))) return 'label';
  }
  // A docstring or a string standing alone on its line is documentation, not shown to users.
  if (before === '' && block) return 'none';
  return 'text';
}
