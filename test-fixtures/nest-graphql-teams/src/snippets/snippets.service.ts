import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { TeamMembersService } from '../teams/team-members.service';

@Injectable()
export class SnippetsService {
  constructor(private readonly prisma: PrismaService, private readonly members: TeamMembersService) {}

  /** The team a snippet belongs to (guards resolve it before checking membership). */
  async teamOfSnippet(snippetID: string) {
    const snippet = await this.prisma.snippet.findUnique({ where: { id: snippetID }, select: { team: true } });
    return snippet?.team ?? null;
  }

  /** Shown on the sign-in page of a self-hosted instance ("12,408 snippets saved here"). */
  countAll() {
    // ok: unscoped-tenant-query
    return this.prisma.snippet.count();
  }

  renameSnippet(snippetID: string, title: string) {
    // ok: unscoped-tenant-query
    return this.prisma.snippet.update({ where: { id: snippetID }, data: { title } });
  }

  deleteSnippet(snippetID: string) {
    // expect: unscoped-tenant-query
    return this.prisma.snippet.delete({ where: { id: snippetID } });
  }

  removeByAdmin(snippetID: string) {
    // ok: unscoped-tenant-query
    return this.prisma.snippet.delete({ where: { id: snippetID } });
  }

  private async canViewSnippet(snippet: { teamId: string; shared: boolean }, userUid: string) {
    if (snippet.shared) return true;
    return !!(await this.members.findMember(snippet.teamId, userUid));
  }

  /** A snippet the caller may read: shared ones, or their team's. */
  async getVisibleSnippet(snippetID: string, userUid: string) {
    const snippet = await this.prisma.snippet.findFirst({ where: { id: snippetID } });
    if (!snippet) return null;
    const allowed = await this.canViewSnippet(snippet, userUid);
    if (!allowed) return null;
    return snippet;
  }

  /** Reorders within a team: the snippet the guard checked, placed before another snippet of the same team. */
  async moveSnippet(snippetID: string, collectionID: string | null, nextSnippetID: string) {
    const snippet = await this.prisma.snippet.findFirst({ where: { id: snippetID, collectionId: collectionID } });
    if (!snippet) throw new NotFoundException('snippet/not_found');
    // ok: unscoped-tenant-query
    const next = await this.prisma.snippet.findFirst({ where: { id: nextSnippetID } });
    if (!next) throw new NotFoundException('snippet/not_found');
    // the target must be in the same team as the snippet being moved (the guard only checked the latter)
    if (next.teamId !== snippet.teamId) throw new BadRequestException('snippet/invalid_target');
    return this.prisma.snippet.update({ where: { id: snippet.id }, data: { position: next.position } });
  }

  async fileSnippet(snippetID: string, collectionID: string) {
    const snippet = await this.prisma.snippet.findUnique({ where: { id: snippetID } });
    if (!snippet) throw new NotFoundException('snippet/not_found');
    // ok: unscoped-tenant-query
    const collection = await this.prisma.collection.findUnique({ where: { id: collectionID }, select: { teamId: true } });
    if (!collection || snippet.teamId !== collection.teamId) throw new BadRequestException('snippet/invalid_collection');
    return this.prisma.snippet.update({ where: { id: snippet.id }, data: { collectionId: collectionID } });
  }

  /** Forgets to check that the other snippet is the same team's: its position leaks and is overwritten. */
  async swapSnippets(snippetID: string, otherSnippetID: string) {
    const snippet = await this.prisma.snippet.findFirst({ where: { id: snippetID } });
    if (!snippet) throw new NotFoundException('snippet/not_found');
    // expect: unscoped-tenant-query
    const other = await this.prisma.snippet.findFirst({ where: { id: otherSnippetID } });
    if (!other) throw new NotFoundException('snippet/not_found');
    if (other.position === snippet.position) return snippet;
    await this.prisma.snippet.update({ where: { id: snippet.id }, data: { position: other.position } });
    return this.prisma.snippet.update({ where: { id: other.id }, data: { position: snippet.position } });
  }

  async relateSnippets(snippetID: string, relatedSnippetID: string) {
    // expect: unscoped-tenant-query
    const snippet = await this.prisma.snippet.findUnique({ where: { id: snippetID } });
    // expect: unscoped-tenant-query
    const related = await this.prisma.snippet.findUnique({ where: { id: relatedSnippetID } });
    if (!snippet || !related || related.teamId !== snippet.teamId) throw new BadRequestException('snippet/invalid_target');
    return this.prisma.snippet.update({ where: { id: snippet.id }, data: { position: related.position + 1 } });
  }
}
