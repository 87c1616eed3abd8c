import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { GqlUser } from '../auth/gql-user.decorator';
import { AuthUser } from '../auth/types';
import { Collection } from './collection.model';
import { CollectionsService } from './collections.service';

@Resolver(() => Collection)
export class CollectionsResolver {
  constructor(private readonly collections: CollectionsService) {}

  // ok: missing-auth
  @Query(() => [Collection], { description: 'Collections of a team the caller belongs to' })
  @UseGuards(GqlAuthGuard)
  collectionsOfTeam(@GqlUser() user: AuthUser, @Args({ name: 'teamID', type: () => ID }) teamID: string) {
    return this.collections.listForTeam(user.uid, teamID);
  }

  // ok: missing-auth
  @Query(() => Collection, { name: 'collection', nullable: true })
  @UseGuards(GqlAuthGuard)
  getCollection(@Args('collectionID', { type: () => ID }) collectionID: string) {
    return this.collections.getById(collectionID);
  }

  // expect: missing-auth
  @Mutation(() => Collection)
  createCollection(@Args('teamID', { type: () => ID }) teamID: string, @Args('title') title: string) {
    return this.collections.create(teamID, title);
  }
}
