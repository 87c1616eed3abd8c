import { Injectable } from '@nestjs/common';
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
}
