import { rule, shield, and, or, allow } from 'graphql-shield';
import type { Context } from './context';

const isAuthenticated = rule({ cache: 'contextual' })(async (_parent, _args, ctx: Context) => ctx.user !== null);

const isManager = rule({ cache: 'contextual' })(
  async (_parent, _args, ctx: Context) => ctx.user?.role === 'manager' || ctx.user?.role === 'owner',
);

const isOwner = rule({ cache: 'contextual' })(async (_parent, _args, ctx: Context) => ctx.user?.role === 'owner');

const isPlatformAdmin = rule({ cache: 'contextual' })(async (_parent, _args, ctx: Context) => Boolean(ctx.user?.isPlatformAdmin));

export const permissions = shield(
  {
    Query: {
      me: allow,
      shifts: isAuthenticated,
      shift: isAuthenticated,
      myShifts: isAuthenticated,
      exportShiftsCsv: isAuthenticated,
      staff: isAuthenticated,
      staffMember: and(isAuthenticated, isManager),
      timeoffRequests: isManager,
      allWorkspaces: isPlatformAdmin,
    },
    Mutation: {
      login: allow,
      signup: allow,
      logout: allow,
      createShift: and(isAuthenticated, isManager),
      updateShift: isManager,
      deleteShift: isManager,
      requestTimeoff: isAuthenticated,
      decideTimeoff: or(isManager, isOwner),
      setStaffRole: isAuthenticated,
      deleteUser: isAuthenticated,
      removeStaff: isOwner,
      updateWorkspaceSettings: isOwner,
    },
  },
  { fallbackRule: allow, allowExternalErrors: true },
);
