import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlAdminGuard } from '../auth/gql-admin.guard';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { GqlUser } from '../auth/gql-user.decorator';
import { AuthUser } from '../auth/types';
import { GqlSnippetTeamGuard } from './gql-snippet-team.guard';
import { SnippetsService } from './snippets.service';
import { SnippetExport } from './snippet-export';
import { PrismaService } from '../prisma/prisma.service';

@Resolver()
export class SnippetsResolver {
  constructor(private readonly snippets: SnippetsService, private readonly prisma: PrismaService) {}

  @Query(() => String, { nullable: true })
  @UseGuards(GqlAuthGuard)
  async snippet(@GqlUser() user: AuthUser, @Args('snippetID', { type: () => ID }) snippetID: string) {
    // ok: unscoped-tenant-query
    const snippet = await this.snippets.getVisibleSnippet(snippetID, user.uid);
    return snippet?.body ?? null;
  }

  @Query(() => Number)
  @UseGuards(GqlAuthGuard)
  snippetCount() {
    return this.snippets.countAll();
  }

  @Mutation(() => Boolean)
  @UseGuards(GqlAuthGuard, GqlSnippetTeamGuard)
  async renameSnippet(@Args('snippetID', { type: () => ID }) snippetID: string, @Args('title') title: string) {
    await this.snippets.renameSnippet(snippetID, title);
    return true;
  }

  // The team guard was forgotten here: any signed-in user can delete any team's snippet.
  @Mutation(() => Boolean)
  @UseGuards(GqlAuthGuard)
  async deleteSnippet(@Args('snippetID', { type: () => ID }) snippetID: string) {
    await this.snippets.deleteSnippet(snippetID);
    return true;
  }

  // ok: missing-role-check
  @Mutation(() => Boolean)
  @UseGuards(GqlAuthGuard, GqlAdminGuard)
  async removeSnippetByAdmin(@Args('snippetID', { type: () => ID }) snippetID: string) {
    await this.snippets.removeByAdmin(snippetID);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Move a snippet before another one of its team' })
  @UseGuards(GqlAuthGuard, GqlSnippetTeamGuard)
  async moveSnippet(
    @Args('snippetID', { type: () => ID }) snippetID: string,
    @Args('collectionID', { type: () => ID, nullable: true }) collectionID: string | null,
    @Args('nextSnippetID', { type: () => ID }) nextSnippetID: string,
  ) {
    await this.snippets.moveSnippet(snippetID, collectionID, nextSnippetID);
    return true;
  }

  @Mutation(() => Boolean, { description: 'File a snippet under one of its team\'s collections' })
  @UseGuards(GqlAuthGuard, GqlSnippetTeamGuard)
  async fileSnippet(@Args('snippetID', { type: () => ID }) snippetID: string, @Args('collectionID', { type: () => ID }) collectionID: string) {
    await this.snippets.fileSnippet(snippetID, collectionID);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Swap the positions of two snippets' })
  @UseGuards(GqlAuthGuard, GqlSnippetTeamGuard)
  async swapSnippets(@Args('snippetID', { type: () => ID }) snippetID: string, @Args('otherSnippetID', { type: () => ID }) otherSnippetID: string) {
    await this.snippets.swapSnippets(snippetID, otherSnippetID);
    return true;
  }

  // No team guard: both snippets are the client's pick, so requiring them to share a team proves nothing about the caller.
  @Mutation(() => Boolean, { description: 'Show one snippet as related to another' })
  @UseGuards(GqlAuthGuard)
  async relateSnippets(@Args('snippetID', { type: () => ID }) snippetID: string, @Args('relatedSnippetID', { type: () => ID }) relatedSnippetID: string) {
    await this.snippets.relateSnippets(snippetID, relatedSnippetID);
    return true;
  }

  // No team check: the export runs for whatever team id the client sends.
  @Query(() => String)
  @UseGuards(GqlAuthGuard)
  async exportSnippets(@Args('teamID', { type: () => ID }) teamID: string) {
    const rows = await new SnippetExport(this.prisma).rows(teamID);
    return JSON.stringify(rows);
  }
}
