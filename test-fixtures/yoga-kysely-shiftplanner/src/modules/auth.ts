import crypto from 'node:crypto';
import { z } from 'zod';
import { hash, verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { hashToken, type Context } from '../context';
import { logger } from '../logger';

export const authTypeDefs = /* GraphQL */ `
  type Me { id: ID! workspaceId: ID! role: String! }
  type Session { token: String! expiresAt: String! }
  extend type Query { me: Me }
  extend type Mutation {
    login(email: String!, password: String!): Session!
    signup(workspaceName: String!, name: String!, email: String!, password: String!): Session!
    logout: Boolean!
  }
`;

const loginLimiter = new RateLimiterMemory({ points: 10, duration: 15 * 60 });

const SignupInput = z.object({
  workspaceName: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(12),
});

async function createSession(db: Context['db'], userId: string) {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + 30 * 24 * 3600_000);
  await db.insertInto('sessions').values({ user_id: userId, token_hash: hashToken(token), expires_at: expiresAt }).execute();
  return { token, expiresAt: expiresAt.toISOString() };
}

export const authQueries = {
  // ok: missing-auth
  me: (_: unknown, __: unknown, ctx: Context) => ctx.user,
};

export const authMutations = {
  // ok: missing-auth, missing-rate-limit
  async login(_: unknown, { email, password }: { email: string; password: string }, ctx: Context) {
    try {
      await loginLimiter.consume(`${ctx.clientIp}:${email.toLowerCase()}`);
    } catch {
      throw new GraphQLError('Too many attempts, try again later', { extensions: { code: 'RATE_LIMITED' } });
    }
    const user = await ctx.db.selectFrom('users').select(['id', 'password_hash']).where('email', '=', email.toLowerCase()).executeTakeFirst();
    if (!user || !(await verify(user.password_hash, password))) {
      // ok: token-logging
      logger.info({ email, ip: ctx.clientIp }, 'failed login');
      throw new GraphQLError('Invalid credentials', { extensions: { code: 'UNAUTHENTICATED' } });
    }
    return createSession(ctx.db, user.id);
  },

  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  async signup(_: unknown, args: Record<string, unknown>, { db }: Context) {
    const input = SignupInput.parse(args);
    const userId = await db.transaction().execute(async (trx) => {
      const ws = await trx.insertInto('workspaces').values({ name: input.workspaceName, plan: 'free', settings: '{}' }).returning('id').executeTakeFirstOrThrow();
      const u = await trx
        .insertInto('users')
        .values({ workspace_id: ws.id, email: input.email.toLowerCase(), name: input.name, password_hash: await hash(input.password), role: 'owner', hourly_rate_cents: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      return u.id;
    });
    // expect: token-logging
    logger.debug({ args }, 'new workspace signup');
    return createSession(db, userId);
  },

  // ok: missing-auth
  async logout(_: unknown, __: unknown, { db, request }: Context) {
    const auth = request.headers.get('authorization');
    if (auth?.startsWith('Bearer ')) await db.deleteFrom('sessions').where('token_hash', '=', hashToken(auth.slice(7))).execute();
    return true;
  },
};
