/** SARIF 2.1.0 for GitHub code scanning and other CI viewers. */
import type { AnalysisResult } from '../engine/analyze';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const DOCS_BASE = 'https://github.com/routeguard/routeguard/blob/main/';

export function formatSarif(result: AnalysisResult, toolVersion: string): string {
  const rules = result.rules.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: r.description },
    fullDescription: { text: r.fullDescription },
    helpUri: DOCS_BASE + r.docs,
    help: { text: `${r.fullDescription} See ${r.docs}.` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ['security', ...r.cwe.map((c) => `external/cwe/${c.toLowerCase()}`)], precision: 'high' },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = result.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.loc.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.loc.line, startColumn: f.loc.column, endLine: f.loc.endLine, endColumn: f.loc.endColumn },
        },
      },
    ],
    relatedLocations: f.evidence
      .filter((e) => e.loc)
      .map((e, i) => ({
        id: i,
        message: { text: e.message },
        physicalLocation: {
          artifactLocation: { uri: encodeURI(e.loc!.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: e.loc!.line, startColumn: e.loc!.column },
        },
      })),
    partialFingerprints: { 'routeguardFingerprint/v1': f.fingerprint ?? '' },
    properties: f.route ? { route: f.route } : undefined,
    suppressions: f.suppressed ? [{ kind: 'inSource', justification: f.suppressed.reason }] : undefined,
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'routeguard', version: toolVersion, informationUri: DOCS_BASE + 'README.md', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: result.model.skipped.map((s) => ({ level: 'note', message: { text: `${s.file}: ${s.reason}` } })) }],
      },
    ],
  };
  // %SRCROOT% is left for the consumer to resolve; uris stay relative to DIR
  delete (log.runs[0] as { originalUriBaseIds?: unknown }).originalUriBaseIds;
  return JSON.stringify(log, null, 2) + '\n';
}
