/** `routeguard init`: a starter config that validates against the schema and says what each key is for. */

/** Where the schema is once routeguard is a dev dependency; editors use it for completion. */
const SCHEMA = './node_modules/routeguard/server/src/engine/config/schema.json';

export function starterConfig(): string {
  const config = {
    $schema: SCHEMA,
    $comment:
      'Every key is optional; routeguard works without this file. publicRoutes: paths meant to be reachable without a session (globs, e.g. "/api/health", "/api/webhooks/**"). ' +
      'authMiddleware / roleCheckers / rateLimiters / validators: names of your own functions routeguard cannot recognise by behaviour. ' +
      'tenantKeys: columns that scope rows to a customer (e.g. "orgId"). rules: a rule id mapped to "error", "warning", "info" or "off". ' +
      'exclude: globs of files not to analyse. Run `routeguard rules` for the rule ids.',
    include: [] as string[],
    exclude: [] as string[],
    publicRoutes: [] as string[],
    adminRoutes: [] as string[],
    authMiddleware: [] as string[],
    roleCheckers: [] as string[],
    rateLimiters: [] as string[],
    validators: [] as string[],
    tenantKeys: [] as string[],
    allowedOrigins: [] as string[],
    rules: {} as Record<string, string>,
  };
  return JSON.stringify(config, null, 2) + '\n';
}
