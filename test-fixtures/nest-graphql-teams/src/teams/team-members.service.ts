import { ForbiddenException, Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class TeamMembersService {
  constructor(private readonly prisma: PrismaService) {}

  /** Throws unless the user belongs to the team. */
  async assertMember(userUid: string, teamId: string) {
    const member = await this.prisma.teamMember.findFirst({ where: { teamId, userUid } });
    if (!member) throw new ForbiddenException('Not a member of this team');
    return member;
  }

  /** The membership, or null (callers decide what a missing membership means). */
  findMember(teamId: string, userUid: string) {
    return this.prisma.teamMember.findFirst({ where: { teamId, userUid } });
  }
}
