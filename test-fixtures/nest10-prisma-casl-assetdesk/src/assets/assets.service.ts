import { Injectable, InternalServerErrorException, NotFoundException } from '@nestjs/common';
import { subject } from '@casl/ability';
import { PrismaService } from '../prisma.service';
import { Action, AppAbility } from '../casl/casl-ability.factory';
import { CreateAssetDto, CreateTicketDto, TicketStatusBody, UpdateAssetDto } from './assets.dto';

@Injectable()
export class AssetsService {
  constructor(private prisma: PrismaService) {}

  list(organizationId: string, status?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.asset.findMany({ where: { organizationId, ...(status ? { status } : {}) }, orderBy: { tag: 'asc' } });
  }

  async findOne(id: string, ability: AppAbility) {
    // ok: unscoped-tenant-query
    const asset = await this.prisma.asset.findUnique({ where: { id } });
    if (!asset || ability.cannot(Action.Read, subject('Asset', asset))) throw new NotFoundException();
    return asset;
  }

  create(organizationId: string, dto: CreateAssetDto) {
    return this.prisma.asset.create({ data: { ...dto, organizationId } });
  }

  async update(id: string, organizationId: string, dto: UpdateAssetDto) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.asset.updateMany({ where: { id, organizationId }, data: dto });
    if (!count) throw new NotFoundException();
    return { updated: true };
  }

  remove(id: string, organizationId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.asset.deleteMany({ where: { id, organizationId } });
  }

  tickets(assetId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.ticket.findMany({ where: { assetId }, orderBy: { id: 'desc' } });
  }

  async openTicket(assetId: string, user: { id: string; organizationId: string }, dto: CreateTicketDto) {
    // ok: unscoped-tenant-query
    const asset = await this.prisma.asset.findFirst({ where: { id: assetId, organizationId: user.organizationId } });
    if (!asset) throw new NotFoundException();
    return this.prisma.ticket.create({
      data: { ...dto, assetId: asset.id, organizationId: user.organizationId, reporterId: user.id },
    });
  }

  async setTicketStatus(ticketId: string, organizationId: string, body: TicketStatusBody) {
    // ok: unscoped-tenant-query
    return this.prisma.ticket.updateMany({ where: { id: ticketId, organizationId }, data: { status: body.status } });
  }

  attachManual(id: string, organizationId: string, url: string) {
    // ok: unscoped-tenant-query
    return this.prisma.asset.updateMany({ where: { id, organizationId }, data: { manualUrl: url } });
  }

  async syncFromErp(organizationId: string) {
    try {
      const res = await fetch(`${process.env.ERP_URL}/assets?org=${organizationId}`);
      const rows: { tag: string; name: string }[] = await res.json();
      await this.prisma.asset.createMany({ data: rows.map((r) => ({ ...r, organizationId })) });
      return { imported: rows.length };
    } catch (err) {
      // expect: error-details-leak
      throw new InternalServerErrorException(`ERP sync failed: ${err.message}`);
    }
  }
}
