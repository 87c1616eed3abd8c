import { UseGuards } from '@nestjs/common';
import { Args, Field, ID, ObjectType, Query, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { GqlUser } from '../auth/gql-user.decorator';
import { AuthUser } from '../auth/types';
import { PrismaService } from '../prisma/prisma.service';
import { GqlTeamMemberGuard } from './gql-team-member.guard';

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

  // ok: missing-auth
  @Query(() => [Team], { name: 'teamCollections' })
  @UseGuards(GqlTeamMemberGuard)
  collectionsOfTeam(@Args('teamID', { type: () => ID }) teamID: string) {
    // the member guard has checked the caller against teamID
    // ok: unscoped-tenant-query
    return this.prisma.collection.findMany({ where: { teamId: teamID } });
  }

  // ok: missing-auth
  @Query(() => Number, { name: 'teamCollectionCount' })
  countCollections(@Args('teamID', { type: () => ID }) teamID: string) {
    // expect: unscoped-tenant-query
    return this.prisma.collection.count({ where: { teamId: teamID } });
  }

  /** Runs under a parent Team already resolved for the caller: not an entry point. */
  @ResolveField(() => Number)
  collectionCount(@Parent() team: Team) {
    // ok: unscoped-tenant-query
    return this.prisma.collection.count({ where: { teamId: team.id } });
  }
}
