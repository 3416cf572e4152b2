// `path:line:column` of every no-hardcoded-token finding in a report of any format, read from
// what that format prints (its own escaping undone), so the CLI property can check every planted
// token whichever format it drew.
import type { FormatName, JsonReport } from '../../../src/scanner/report/index.js';

const RULE_ID = 'intercom-auth/no-hardcoded-token';
const ANSI = /\u001b\[[0-9;]*m/g;
const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const unescapeXml = (text: string): string =>
  text.replace(/&(#\d+|\w+);/g, (_, name: string) => (name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : (XML_ENTITIES[name] ?? `&${name};`)));

// The inverse of the GitHub workflow-command property escaping (`%` last, as it was escaped first).
const unescapeGithub = (text: string): string =>
  text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

function readGithub(output: string): string[] {
  const locations: string[] = [];
  for (const line of output.split('\n')) {
    const command = /^::error ([^:]*)::/.exec(line);
    if (!command) continue;
    const properties = Object.fromEntries(command[1]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescapeGithub(pair.slice(pair.indexOf('=') + 1))]));
    if (properties.title === RULE_ID) locations.push(`${properties.file}:${properties.line}:${properties.col}`);
  }
  return locations;
}

function readStylish(output: string): string[] {
  const locations: string[] = [];
  let path = '';
  for (const line of output.replace(ANSI, '').split('\n')) {
    const row = /^\s+(\d+):(\d+)\s+error\s/.exec(line);
    if (row && line.trimEnd().endsWith(RULE_ID)) locations.push(`${path}:${row[1]}:${row[2]}`);
    else if (/^\S/.test(line)) path = line;
  }
  return locations;
}

export function readTokenLocations(format: FormatName, output: string): string[] {
  switch (format) {
    case 'json':
      return (JSON.parse(output) as JsonReport).findings.filter((f) => f.rule === RULE_ID).map((f) => `${f.path}:${f.line}:${f.column}`);
    case 'sarif': {
      type Result = { ruleId?: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] };
      const log = JSON.parse(output) as { runs: { results: Result[] }[] };
      return log.runs[0]!.results
        .filter((r) => r.ruleId === RULE_ID)
        .map(({ locations: [first] }) => {
          const { artifactLocation, region } = first!.physicalLocation;
          return `${decodeURIComponent(artifactLocation.uri)}:${region.startLine}:${region.startColumn}`;
        });
    }
    case 'github':
      return readGithub(output);
    case 'junit':
      return [...output.matchAll(/<testcase classname="[^"]*" name="([^"]*)"/g)]
        .map((m) => unescapeXml(m[1]!))
        .filter((name) => name.startsWith(`${RULE_ID} at `))
        .map((name) => name.slice(RULE_ID.length + 4));
    case 'stylish':
      return readStylish(output);
  }
}
