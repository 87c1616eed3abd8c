import { UseGuards } from '@nestjs/common';
import { Field, ID, ObjectType, Query, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { GqlUser } from '../auth/gql-user.decorator';
import { AuthUser } from '../auth/types';
import { PrismaService } from '../prisma/prisma.service';

@ObjectType()
export class Team {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@UseGuards(GqlAuthGuard)
@Resolver(() => Team)
export class TeamsResolver {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Query(() => [Team], { description: 'Teams the caller belongs to' })
  myTeams(@GqlUser() user: AuthUser) {
    return this.prisma.team.findMany({ where: { members: { some: { userUid: user.uid } } } });
  }

  /** Runs under a parent Team already resolved for the caller: not an entry point. */
  @ResolveField(() => Number)
  collectionCount(@Parent() team: Team) {
    // ok: unscoped-tenant-query
    return this.prisma.collection.count({ where: { teamId: team.id } });
  }
}
