/** The rule registry: one module per rule, each with `meta` and `check`. */
import type { Rule } from '../server/src/engine/findings';
import { rule as missingAuth } from './missing-auth';
import { rule as missingRoleCheck } from './missing-role-check';
import { rule as unscopedTenantQuery } from './unscoped-tenant-query';
import { rule as publicEnvSecret } from './public-env-secret';
import { rule as corsWildcard } from './cors-wildcard';
import { rule as tokenLogging } from './token-logging';

export const allRules: Rule[] = [missingAuth, missingRoleCheck, unscopedTenantQuery, publicEnvSecret, corsWildcard, tokenLogging];
