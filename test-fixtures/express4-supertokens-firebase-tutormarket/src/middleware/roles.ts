import { verifySession } from 'supertokens-node/recipe/session/framework/express';
import UserRoles from 'supertokens-node/recipe/userroles';

/** Signed in with SuperTokens and holding the `admin` role (checked from the access token's claims). */
export const requireAdmin = verifySession({
  overrideGlobalClaimValidators: async (globalValidators) => [
    ...globalValidators,
    UserRoles.UserRoleClaim.validators.includes('admin'),
  ],
});

export const requireFinance = verifySession({
  overrideGlobalClaimValidators: async (globalValidators) => [
    ...globalValidators,
    UserRoles.PermissionClaim.validators.includes('payouts:approve'),
  ],
});
