import { ForbiddenException, Inject, Injectable, NotFoundException, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { Request } from 'express';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser } from '../common/decorators';

@Injectable({ scope: Scope.REQUEST })
export class GlossaryAccessService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(REQUEST) private readonly request: Request,
  ) {}

  private get user(): AuthUser {
    return (this.request as any).user;
  }

  async mine() {
    // ok: unscoped-tenant-query
    return this.prisma.glossary.findMany({ where: { orgId: this.user.orgId }, include: { terms: true } });
  }

  async load(id: string) {
    // ok: unscoped-tenant-query
    const glossary = await this.prisma.glossary.findUnique({ where: { id } });
    if (!glossary) throw new NotFoundException();
    assertSameOrg(this.user, glossary);
    return glossary;
  }
}

export function assertSameOrg(user: AuthUser, record: { orgId: string }) {
  if (record.orgId !== user.orgId) throw new ForbiddenException();
}
