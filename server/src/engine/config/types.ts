/** routeguard.config.json, after validation and defaults. Config is data, never code. */
export type RuleSetting = 'error' | 'warning' | 'info' | 'off';

export interface RouteguardConfig {
  include: string[];
  exclude: string[];
  rules: Record<string, RuleSetting>;
  authMiddleware: string[];
  roleCheckers: string[];
  rateLimiters: string[];
  validators: string[];
  loggers: string[];
  redactors: string[];
  publicRoutes: string[];
  adminRoutes: string[];
  tenantKeys: string[];
  tenantModels: string[];
  allowedOrigins: string[];
  /** bytes; larger files are skipped with a reason */
  maxFileSize: number;
  /** where the CLI keeps facts between runs (relative to the workspace); see facts/diskCache.ts */
  cacheDir?: string;
}

export const DEFAULT_TENANT_KEYS = [
  'tenantId', 'orgId', 'organizationId', 'workspaceId', 'teamId', 'accountId', 'companyId', 'ownerId', 'userId',
];

export function defaultConfig(): RouteguardConfig {
  return {
    include: [],
    exclude: [],
    rules: {},
    authMiddleware: [],
    roleCheckers: [],
    rateLimiters: [],
    validators: [],
    loggers: [],
    redactors: [],
    publicRoutes: [],
    adminRoutes: ['/admin', '/internal', '/manage'],
    tenantKeys: [...DEFAULT_TENANT_KEYS],
    tenantModels: [],
    allowedOrigins: [],
    maxFileSize: 1024 * 1024,
  };
}
