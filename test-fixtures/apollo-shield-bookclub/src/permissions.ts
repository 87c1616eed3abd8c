import { allow, and, rule, shield } from 'graphql-shield';
import type { Context } from './context';

const isSignedIn = rule({ cache: 'contextual' })(async (_parent, _args, ctx: Context) => ctx.viewer !== null);

const isOrganizer = rule({ cache: 'contextual' })(async (_parent, _args, ctx: Context) => ctx.viewer?.role === 'organizer');

export const permissions = shield(
  {
    Query: {
      '*': isSignedIn,
      upcomingBooks: allow,
    },
    Mutation: {
      rsvp: isSignedIn,
      scheduleMeeting: and(isSignedIn, isOrganizer),
      // left open while the invite flow was being tested
      removeMember: allow,
    },
  },
  { fallbackRule: allow },
);
