/** Findings: what rules return and every output consumes. */
import type { Loc } from './types';
import type { AppModel, Route } from './model/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Evidence {
  message: string;
  loc?: Loc;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  loc: Loc;
  message: string;
  evidence: Evidence[];
  /** "GET /api/invoices/:id" when the finding belongs to a route */
  route?: string;
  /** what identifies the finding when its line's text does not (a commit in history, a file) */
  identity?: string;
  /** stable identity used by SARIF partialFingerprints and --baseline */
  fingerprint?: string;
  suppressed?: { reason: string; loc: Loc };
  /** data for quick fixes (never a secret value) */
  fixData?: Record<string, unknown>;
}

export interface RuleMeta {
  id: string;
  name: string;
  defaultSeverity: Severity;
  description: string; // one sentence
  fullDescription: string;
  cwe: string[];
  fixable: boolean;
  docs: string; // relative path of the rule page
  workspaceOnly?: boolean;
  /**
   * judges each route by that route alone and the model's context (config, commonAuth, userTenantKeys):
   * the language server runs it per route and keeps the findings of routes an edit did not change
   * (engine/ruleCache.ts); it must not read the model's other lists
   */
  perRoute?: boolean;
}

export interface RuleContext {
  model: AppModel;
  severity: Severity;
  report(finding: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function routeLabel(route: Route): string {
  return `${route.method} ${route.path}`;
}
