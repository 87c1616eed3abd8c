import bcrypt from 'bcrypt';
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver, UseMiddleware } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { AppDataSource, users } from '../data-source';
import { Lab, Role, User } from '../entities';
import { issueToken, type GqlContext } from '../auth';
import { RateLimit } from '../middleware';
import { logger } from '../logger';
import { RegisterInput } from './inputs';

@ObjectType()
class AuthPayload {
  @Field() token!: string;
  @Field(() => User) user!: User;
}

@Resolver(() => User)
export class UserResolver {
  // ok: missing-auth
  @Query(() => User, { nullable: true })
  async me(@Ctx() { caller }: GqlContext): Promise<User | null> {
    if (!caller) return null;
    return users().findOneBy({ id: caller.id });
  }

  @Authorized()
  // ok: missing-auth
  @Query(() => [User])
  async labMembers(@Ctx() { caller }: GqlContext): Promise<User[]> {
    // ok: unscoped-tenant-query
    return users().find({ where: { labId: caller!.labId }, order: { displayName: 'ASC' } });
  }

  @UseMiddleware(RateLimit(10, 900))
  // ok: missing-auth, missing-rate-limit
  @Mutation(() => AuthPayload)
  async login(@Arg('email') email: string, @Arg('password') password: string): Promise<AuthPayload> {
    const user = await users().findOneBy({ email: email.toLowerCase() });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      // expect: token-logging
      logger.info('failed login', { email, password });
      throw new GraphQLError('Invalid credentials', { extensions: { code: 'UNAUTHENTICATED' } });
    }
    return { token: issueToken({ id: user.id, labId: user.labId, role: user.role }), user };
  }

  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  @Mutation(() => AuthPayload)
  async register(@Arg('data') data: RegisterInput): Promise<AuthPayload> {
    const user = await AppDataSource.transaction(async (tx) => {
      const lab = await tx.save(tx.create(Lab, { name: data.labName }));
      return tx.save(
        tx.create(User, {
          email: data.email.toLowerCase(),
          displayName: data.displayName,
          passwordHash: await bcrypt.hash(data.password, 12),
          role: Role.PI,
          labId: lab.id,
        }),
      );
    });
    return { token: issueToken({ id: user.id, labId: user.labId, role: user.role }), user };
  }

  @Authorized()
  // ok: missing-auth
  // expect: missing-role-check
  @Mutation(() => User)
  async changeRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => Role) role: Role, @Ctx() { caller }: GqlContext): Promise<User> {
    // ok: unscoped-tenant-query
    const member = await users().findOneBy({ id: userId, labId: caller!.labId });
    if (!member) throw new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } });
    member.role = role;
    return users().save(member);
  }

  @Authorized(Role.ADMIN)
  // ok: missing-auth, missing-role-check
  @Mutation(() => Boolean)
  async deleteUser(@Arg('userId', () => ID) userId: string): Promise<boolean> {
    // (users belong to one lab, so ADMIN is a lab role: a lab admin must not delete another lab's users)
    // expect: unscoped-tenant-query
    const result = await users().delete({ id: userId });
    return (result.affected ?? 0) > 0;
  }

  @Authorized(Role.ADMIN)
  // ok: missing-auth, missing-role-check
  @Query(() => [User])
  async allUsers(): Promise<User[]> {
    // expect: unscoped-tenant-query
    return users().find({ order: { email: 'ASC' } });
  }

  @Authorized()
  // ok: missing-auth
  // expect: missing-role-check
  @Mutation(() => AuthPayload)
  async impersonate(@Arg('userId', () => ID) userId: string, @Ctx() { caller }: GqlContext): Promise<AuthPayload> {
    // ok: unscoped-tenant-query
    const target = await users().findOneBy({ id: userId, labId: caller!.labId });
    if (!target) throw new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } });
    return { token: issueToken({ id: target.id, labId: target.labId, role: target.role }), user: target };
  }
}
