// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. GitHub's extra demands beyond
// the schema: rule help and descriptions, `security-severity` as a string, regions ≥ 1, and
// partialFingerprints so alerts follow a finding when lines above it move.
import { pathToFileURL } from 'node:url';
import type { Location, Log, Notification, Region, ReportingDescriptor, Result } from 'sarif';
import { PACKAGE_VERSION, REPOSITORY_URL } from '../../package-meta.js';
import type { Finding, NoticeLevel, ScanReport } from '../types.js';
import { getArtifactLocation, SRCROOT } from './get-artifact-location.js';
import { getRuleDescriptors, type RuleDescriptor } from './get-rule-descriptors.js';
import { getRuleId } from './get-rule-id.js';
import { getSortedFindings } from './get-sorted-findings.js';
import { TOOL_NAME, type FormatContext } from './types.js';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const NOTIFICATION_LEVELS: Readonly<Record<NoticeLevel, Notification['level']>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

const asSentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

function getRule(descriptor: RuleDescriptor): ReportingDescriptor {
  const sentence = asSentence(descriptor.description);
  return {
    id: descriptor.id,
    name: descriptor.name,
    shortDescription: { text: descriptor.description },
    fullDescription: { text: descriptor.description },
    help: {
      text: `${sentence} Documentation: ${descriptor.helpUri}`,
      markdown: `${sentence}\n\n[Rule documentation](${descriptor.helpUri})`,
    },
    helpUri: descriptor.helpUri,
    defaultConfiguration: { level: descriptor.level },
    properties: {
      tags: [...descriptor.tags],
      precision: descriptor.precision,
      'security-severity': descriptor.securitySeverity,
    },
  };
}

/** A region SARIF and GitHub accept even from a malformed finding: all ≥ 1, end not before start. */
function getRegion(f: Finding): Region {
  const startLine = Math.max(1, Math.trunc(f.line) || 1);
  const startColumn = Math.max(1, Math.trunc(f.column) || 1);
  const endLine = Math.max(startLine, Math.trunc(f.endLine) || startLine);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, Math.trunc(f.endColumn) || 1);
  return { startLine, startColumn, endLine, endColumn };
}

function getDirectoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function formatSarif(report: ScanReport, context: FormatContext): string {
  const descriptors = getRuleDescriptors();
  const ruleIndexes = new Map(descriptors.map((d, index) => [d.rule, index]));
  // One finding hash can repeat in a file (the same token twice); GitHub keys alerts on the
  // fingerprint, so occurrences are numbered as CodeQL numbers identical line hashes.
  const occurrences = new Map<string, number>();

  const results = getSortedFindings(report.findings).map((f): Result => {
    const occurrence = (occurrences.get(f.hash) ?? 0) + 1;
    occurrences.set(f.hash, occurrence);
    const ruleIndex = ruleIndexes.get(f.rule);
    return {
      ruleId: getRuleId(f.rule),
      ...(ruleIndex === undefined ? {} : { ruleIndex }),
      level: f.severity,
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: getArtifactLocation(f.path), region: getRegion(f) } }],
      partialFingerprints: { primaryLocationLineHash: `${f.hash}:${occurrence}` },
      properties: { messageId: f.messageId },
    };
  });

  const notifications = report.notices.map((n): Notification => {
    const locations: Location[] | undefined =
      n.path === undefined ? undefined : [{ physicalLocation: { artifactLocation: getArtifactLocation(n.path) } }];
    return {
      level: NOTIFICATION_LEVELS[n.level],
      message: { text: n.message },
      ...(locations ? { locations } : {}),
      descriptor: { id: n.code },
    };
  });

  const log: Log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            informationUri: REPOSITORY_URL,
            semanticVersion: PACKAGE_VERSION,
            version: PACKAGE_VERSION,
            rules: descriptors.map(getRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: getDirectoryUri(context.cwd) } },
        invocations: [
          {
            executionSuccessful: !report.notices.some((n) => n.level === 'error'),
            toolExecutionNotifications: notifications,
          },
        ],
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
