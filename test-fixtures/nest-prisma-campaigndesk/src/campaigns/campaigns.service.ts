import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../db/prisma.service';
import { CampaignDto } from './campaign.dto';

@Injectable()
export class CampaignsService {
  constructor(private readonly store: PrismaService) {}

  list(orgId: string) {
    // ok: unscoped-tenant-query
    return this.store.campaign.findMany({ where: { organizationId: orgId, deletedAt: null } });
  }

  async get(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    const campaign = await this.store.campaign.findFirst({ where: { id, organizationId: orgId, deletedAt: null } });
    if (!campaign) throw new NotFoundException();
    return campaign;
  }

  create(orgId: string, body: CampaignDto) {
    return this.store.campaign.create({
      data: { organizationId: orgId, title: body.title, body: body.body, scheduledAt: body.scheduledAt },
    });
  }

  // looks the campaign up by id alone (the public share link; see PublicController)
  preview(id: string) {
    // (judged by missing-auth on the public route, not as an IDOR of a signed-in caller)
    // ok: unscoped-tenant-query
    return this.store.campaign.findUnique({ where: { id } });
  }

  reschedule(orgId: string, id: string, scheduledAt: string) {
    // ok: unscoped-tenant-query
    return this.store.campaign.updateMany({ where: { id, organizationId: orgId }, data: { scheduledAt } });
  }
}
