// Which keys and attribute names hold copy, shared by the ESLint rule (object literals, JSX
// attributes) and the scanner (JSON/YAML catalogs and schemas), so both read a key the same way.

const COPY_NAME =
  /^(?:label|title|placeholder|description|describe|desc|displayName|display_name|name|hint|help|helpText|help_text|helperText|tooltip|tip|info|caption|text|message|prompt|question|heading|subtitle|subheading|sublabel|summary|legend|instructions?|note|notes|details|explanation|defaultMessage|errorMessage|content|body|html|cta|alt|aria-label|aria-description|aria-placeholder|textContent|innerText|innerHTML)$|(?:Label|Title|Placeholder|Description|Hint|Help|HelpText|Text|Message|Tooltip|Tip|Info|Note|Caption|Subtitle|Prompt|Heading|Instructions?)$|_(?:label|title|placeholder|description|hint|help|text|message|tooltip|prompt)$/;
// Namespaced copy keys: rjsf `ui:placeholder`, OpenAPI-style `x-placeholder`, `data-tooltip`.
const NAME_PREFIX = /^(?:[A-Za-z][\w-]*:|x-|data-)/;
const TECHNICAL_NAME =
  /^(?:id|key|type|url|uri|href|src|path|route|method|class|className|style|icon|component|variant|color|size|format|pattern|regex|mode|kind|env|scope|grant_?type|headers?|endpoint|base_?ur[li]|value|default|defaultValue|initialValue|testId|data-testid)$/i;
// Names whose value is (a view of) a stored credential, not copy about one: `tokenHint`,
// `maskedApiKey`, `tokenPreview`, `keyLast4`. A masked token there is the user's own token on
// display (`dG9rOm…c2Vh`), not an example of what to type; only a full request still counts.
const CREDENTIAL_VIEW_NAME =
  /^(?:masked|redacted|partial|obfuscated|truncated|short|display(?:ed)?|current|stored|saved|existing|connected)[\w-]*(?:token|key|secret|credential)s?$|(?:token|key|secret|credential)s?[_-]?(?:hint|preview|mask(?:ed)?|redacted|last_?(?:4|four|chars)|suffix|prefix|tail|ending|fingerprint|excerpt|snippet|display)$/i;
// Keys whose value is the credential itself: `token`, `apiKey`, `intercomAccessToken`. In sample
// data (stories, mocks, fixtures, tests) their strings are dummy values, never copy.
const CREDENTIAL_VALUE_NAME =
  /^(?:intercom[_-]?)?(?:(?:access|api|auth|bearer|oauth|personal|app)[_-]?)?(?:token|key|secret|password|credentials?)$/i;
// Copy names that only ever describe what to type into the field that carries them.
const FIELD_ONLY_NAME = /^(?:[A-Za-z][\w-]*:|x-)?(?:placeholder|aria-placeholder|\w*Placeholder)$/;

/** A key or attribute whose value users read: `label`, `helpText`, `tokenLabel`, `ui:help`, `x-placeholder`. */
export function isCopyName(name: string | undefined): boolean {
  return name !== undefined && COPY_NAME.test(name.replace(NAME_PREFIX, ''));
}

/** Whether a name says its value is a stored credential on display: `tokenHint`, `maskedKey`. */
export function isCredentialViewName(name: string | undefined): boolean {
  return name !== undefined && CREDENTIAL_VIEW_NAME.test(name.replace(NAME_PREFIX, ''));
}

/** A key whose value is for machines, never copy, even in a catalog: `id`, `type`, `url`, `default`. */
export function isTechnicalName(name: string | undefined): boolean {
  return name !== undefined && TECHNICAL_NAME.test(name);
}

/** A key that holds the credential itself: `token`, `apiKey`, `intercom_access_token`. */
export function isCredentialValueName(name: string | undefined): boolean {
  return name !== undefined && CREDENTIAL_VALUE_NAME.test(name);
}

/** Whether a copy attribute or key (`placeholder`, `ui:placeholder`) can only be about typing into its own field. */
export function isFieldOnlyName(name: string | undefined): boolean {
  return name !== undefined && FIELD_ONLY_NAME.test(name);
}

// Calls whose string arguments users read, including chat-bot replies: Telegraf/grammY
// `ctx.reply(…)`, node-telegram-bot-api `bot.sendMessage(chatId, …)`, Bolt `say(…)`/`respond(…)`,
// discord.js `interaction.reply(…)`/`followUp`/`editReply`.
const COPY_CALLEES =
  /^(?:alert|prompt|confirm|t|\$t|tc|te|i18n|translate|gettext|ngettext|pgettext|dgettext|__|_e|_x|_n|_ex|esc_html__|esc_html_e|esc_attr__|esc_attr_e|esc_html_x|esc_attr_x|formatMessage|description|option|requiredOption|addOption|argument|usage|toast|notify|showToast|showNotification|showInputBox|showInformationMessage|showWarningMessage|setCustomValidity|Option|Argument|positional|command|reply|replyWithMarkdown|replyWithMarkdownV2|replyWithHTML|say|respond|sendMessage|editMessageText|followUp|editReply)$/;

/** A function or method whose string arguments users read: `alert`, `t`, `__`, `esc_html_e`, `reply`. */
export function isCopyCalleeName(name: string | undefined): boolean {
  return name !== undefined && COPY_CALLEES.test(name);
}
