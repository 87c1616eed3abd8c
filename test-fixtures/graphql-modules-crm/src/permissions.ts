import { rule, shield } from 'graphql-shield';
import type { Ctx } from './context';

const isAuthenticated = rule({ cache: 'contextual' })(async (_parent, _args, ctx: Ctx) => {
  if (ctx.user) {
    return true;
  }
  return false;
});

// sign-up is for people without an account
const isGuest = rule({ cache: 'contextual' })(async (_parent, _args, ctx: Ctx) => !ctx.user);

export const permissions = shield(
  {
    Mutation: {
      register: isGuest,
      // a "quick add" from the marketing site's contact form
      quickAddContact: isGuest,
    },
  },
  { fallbackRule: isAuthenticated },
);
