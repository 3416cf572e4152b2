// secretlint's config for the bench: its recommended preset plus gitleaks' Intercom rule, the
// pair a team would pick today to catch Intercom tokens with a Node tool.
import { writeFileSync } from 'node:fs';

// gitleaks' `intercom-api-key` regex, as gitleaks ships it (case-insensitive).
const GITLEAKS_INTERCOM = String.raw`[\w.-]{0,50}?(?:intercom)(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}([a-z0-9=_\-]{60})(?:[\x60'"\s;]|\\[nr]|$)`;

export function writeSecretlintrc(file) {
  const config = {
    rules: [
      { id: '@secretlint/secretlint-rule-preset-recommend' },
      { id: '@secretlint/secretlint-rule-pattern', options: { patterns: [{ name: 'gitleaks intercom-api-key', patterns: [`/${GITLEAKS_INTERCOM}/i`] }] } },
    ],
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
}
