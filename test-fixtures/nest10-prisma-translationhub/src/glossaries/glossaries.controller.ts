import { Body, Controller, ForbiddenException, Get, Param, ParseArrayPipe, Patch, Post } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser, CurrentUser } from '../common/decorators';
import { GlossaryAccessService } from './glossary-access.service';
import { CreateTermDto, RenameGlossaryDto } from './glossary.dto';
import type { MergeGlossariesDto } from './merge.dto';

@Controller()
export class GlossariesController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: GlossaryAccessService,
  ) {}

  // ok: missing-auth
  @Get('glossaries')
  list() {
    return this.access.mine();
  }

  // ok: missing-input-validation
  @Post('glossaries/:id/terms')
  async addTerms(@Param('id') id: string, @Body(new ParseArrayPipe({ items: CreateTermDto })) terms: CreateTermDto[]) {
    const glossary = await this.access.load(id);
    return this.prisma.glossaryTerm.createMany({ data: terms.map((t) => ({ ...t, glossaryId: glossary.id })) });
  }

  // ok: missing-input-validation
  @Patch('glossaries/:id')
  async rename(@Param('id') id: string, @Body() dto: RenameGlossaryDto) {
    const glossary = await this.access.load(id);
    return this.prisma.glossary.update({ where: { id: glossary.id }, data: { name: dto.name } });
  }

  // expect: missing-input-validation
  @Post('glossaries/merge')
  async merge(@CurrentUser() user: AuthUser, @Body() dto: MergeGlossariesDto) {
    return this.prisma.glossary.create({ data: { orgId: user.orgId, name: dto.name } });
  }

  // ok: missing-auth
  @Get('orgs/:orgId/glossaries')
  byOrg(@Param('orgId') orgId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.glossary.findMany({ where: { orgId } });
  }

  // ok: missing-auth
  @Get('orgs/:orgId/glossaries/count')
  async countForOrg(@CurrentUser() user: AuthUser, @Param('orgId') orgId: string) {
    if (orgId !== user.orgId) throw new ForbiddenException();
    // ok: unscoped-tenant-query
    return { count: await this.prisma.glossary.count({ where: { orgId } }) };
  }

  // expect: missing-input-validation
  @Patch('glossaries/:id/settings')
  async settings(@Param('id') id: string, @Body() body: Record<string, unknown>) {
    const glossary = await this.access.load(id);
    return this.prisma.glossary.update({ where: { id: glossary.id }, data: body as any });
  }
}
