// What a Markdown file is, from its path: release notes (never solicitation), a page written for
// developers (README, CONTRIBUTING, docs/self-hosting/…), or any other page.
import {
  CHANGELOG_DOC_NAMES,
  CHANGELOG_FOLDERS,
  DEVELOPER_DOC_FOLDERS,
  DEVELOPER_DOC_NAMES,
} from './markdown-audience-words.js';

export type MarkdownDocumentKind = 'changelog' | 'developer' | 'page';

const CHANGELOG_NAMES: ReadonlySet<string> = new Set(CHANGELOG_DOC_NAMES);
const CHANGELOG_DIRS: ReadonlySet<string> = new Set(CHANGELOG_FOLDERS);
const DEVELOPER_NAMES: ReadonlySet<string> = new Set(DEVELOPER_DOC_NAMES);
const DEVELOPER_DIRS: ReadonlySet<string> = new Set(DEVELOPER_DOC_FOLDERS);

export function getMarkdownDocumentKind(path: string): MarkdownDocumentKind {
  const segments = path.replace(/\\/g, '/').toLowerCase().split('/').filter(Boolean);
  const file = segments.pop() ?? '';
  // `README.md`, `README.de.md`, `CHANGELOG.mdx`: the name before the first dot.
  const name = file.replace(/^\.+/, '').split('.')[0] ?? '';
  if (CHANGELOG_NAMES.has(name) || segments.some((segment) => CHANGELOG_DIRS.has(segment))) return 'changelog';
  if (DEVELOPER_NAMES.has(name) || segments.some((segment) => DEVELOPER_DIRS.has(segment))) return 'developer';
  return 'page';
}
