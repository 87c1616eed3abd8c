import { NotFoundException, UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CurrentUser, type AuthUser } from '../auth/current-user.decorator';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { Roles, RolesGuard } from '../auth/roles';
import { Organization } from '../entities/organization.entity';
import { Role, User } from '../entities/user.entity';

@Resolver(() => User)
@UseGuards(GqlAuthGuard, RolesGuard)
export class UsersResolver {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
  ) {}

  @Query(() => User)
  me(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.findOneByOrFail({ id: user.id });
  }

  @Query(() => [User])
  teammates(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ where: { organizationId: user.organizationId } });
  }

  // ok: missing-role-check
  @Mutation(() => User)
  @Roles(Role.Admin)
  async promoteUser(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
    @CurrentUser() admin: AuthUser,
  ) {
    // ok: unscoped-tenant-query
    const target = await this.users.findOneBy({ id: userId, organizationId: admin.organizationId });
    if (!target) throw new NotFoundException();
    target.role = role;
    return this.users.save(target);
  }

  // Missing @Roles: any member can change anyone's role in their organization.
  // expect: missing-role-check
  @Mutation(() => User)
  async setUserRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
    @CurrentUser() me: AuthUser,
  ) {
    // ok: unscoped-tenant-query
    const target = await this.users.findOneBy({ id: userId, organizationId: me.organizationId });
    if (!target) throw new NotFoundException();
    target.role = role;
    return this.users.save(target);
  }

  // ok: missing-role-check
  @Mutation(() => Boolean)
  @Roles(Role.Admin)
  async removeUser(@Args('userId', { type: () => ID }) userId: string, @CurrentUser() admin: AuthUser) {
    // ok: unscoped-tenant-query
    await this.users.delete({ id: userId, organizationId: admin.organizationId });
    return true;
  }

  // ok: missing-role-check
  @Query(() => [Organization])
  @Roles(Role.Admin)
  organizations() {
    // Role.Admin is an organization's own admin (User.organizationId): this lists every tenant.
    // expect: unscoped-tenant-query
    return this.orgs.find();
  }
}
