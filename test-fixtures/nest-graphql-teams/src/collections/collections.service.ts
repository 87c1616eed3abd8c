import { ForbiddenException, Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class CollectionsService {
  constructor(private readonly prisma: PrismaService) {}

  async listForTeam(userUid: string, teamId: string) {
    const member = await this.prisma.teamMember.findFirst({ where: { teamId, userUid } });
    if (!member) throw new ForbiddenException('Not a member of this team');
    // ok: unscoped-tenant-query
    return this.prisma.collection.findMany({ where: { teamId } });
  }

  getById(id: string) {
    // expect: unscoped-tenant-query
    return this.prisma.collection.findUnique({ where: { id } });
  }

  create(teamId: string, title: string) {
    return this.prisma.collection.create({ data: { teamId, title } });
  }
}
