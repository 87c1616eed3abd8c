import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  NotFoundException,
  Param,
  Post,
  Put,
  Req,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { CreateContractorDto } from './dto';

type ContractorPatch = { company?: string; trade?: string; email?: string; phone?: string; iban?: string };

@Controller('contractors')
export class ContractorsController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cls: ClsService,
  ) {}

  // ok: missing-auth
  @Get()
  async list() {
    // ok: unscoped-tenant-query
    return this.prisma.contractor.findMany({
      where: { orgId: this.cls.get('orgId') },
      select: { id: true, company: true, trade: true, email: true, phone: true },
    });
  }

  // ok: missing-auth
  @Get(':id')
  async get(@Param('id') id: string) {
    // ok: unscoped-tenant-query
    const contractor = await this.prisma.contractor.findUnique({ where: { id } });
    if (!contractor) throw new NotFoundException();
    if (contractor.orgId !== this.cls.get('orgId')) {
      throw new ForbiddenException();
    }
    return contractor;
  }

  @Roles('admin', 'manager')
  // ok: missing-auth, missing-input-validation, missing-role-check
  @Post()
  create(@Body() dto: CreateContractorDto) {
    return this.prisma.contractor.create({ data: { ...dto, orgId: this.cls.get('orgId') } });
  }

  // expect: missing-input-validation
  @Put(':id')
  async update(@Param('id') id: string, @Req() req: FastifyRequest) {
    const patch = req.body as ContractorPatch;
    // ok: unscoped-tenant-query
    const res = await this.prisma.contractor.updateMany({
      where: { id, orgId: this.cls.get('orgId') },
      data: patch,
    });
    if (!res.count) throw new NotFoundException();
    return { updated: true };
  }

  @Roles('admin')
  // ok: missing-auth, missing-role-check
  @Delete(':id')
  async remove(@Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.prisma.contractor.deleteMany({ where: { id, orgId: this.cls.get('orgId') } });
    return { deleted: true };
  }
}
