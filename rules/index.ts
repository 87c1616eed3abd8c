/** The rule registry: one module per rule, each with `meta` and `check`. */
import type { Rule } from '../server/src/engine/findings';
import { rule as missingAuth } from './missing-auth';
import { rule as missingRoleCheck } from './missing-role-check';
import { rule as unscopedTenantQuery } from './unscoped-tenant-query';
import { rule as publicEnvSecret } from './public-env-secret';
import { rule as corsWildcard } from './cors-wildcard';
import { rule as tokenLogging } from './token-logging';
import { rule as missingRateLimit } from './missing-rate-limit';
import { rule as unverifiedWebhook } from './unverified-webhook';
import { rule as insecureCookie } from './insecure-cookie';
import { rule as insecureJwt } from './insecure-jwt';
import { rule as errorDetailsLeak } from './error-details-leak';
import { rule as missingInputValidation } from './missing-input-validation';
import { rule as unrestrictedUpload } from './unrestricted-upload';
import { rule as tokenInLocalstorage } from './token-in-localstorage';
import { rule as hardcodedSecret } from './hardcoded-secret';
import { rule as secretInGitHistory } from './secret-in-git-history';
import { rule as envFileCommitted } from './env-file-committed';

export const allRules: Rule[] = [
  missingAuth, missingRoleCheck, unscopedTenantQuery, publicEnvSecret, corsWildcard, tokenLogging,
  missingRateLimit, unverifiedWebhook, insecureCookie, insecureJwt, errorDetailsLeak, missingInputValidation,
  unrestrictedUpload, tokenInLocalstorage, hardcodedSecret, secretInGitHistory, envFileCommitted,
];
