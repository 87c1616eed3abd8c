import { Injectable } from '@nestjs/common';
import { PrismaRepository } from '../db/prisma.service';

@Injectable()
export class ChannelsRepository {
  constructor(private readonly _channels: PrismaRepository<'channel'>) {}

  list(orgId: string) {
    // ok: unscoped-tenant-query
    return this._channels.model.channel.findMany({
      where: { organizationId: orgId },
      select: { id: true, provider: true, externalId: true },
    });
  }

  connect(orgId: string, provider: string, externalId: string, accessToken: string) {
    // ok: unscoped-tenant-query
    return this._channels.model.channel.upsert({
      where: { organizationId_externalId: { organizationId: orgId, externalId } },
      create: { organizationId: orgId, provider, externalId, accessToken },
      update: { accessToken },
    });
  }
}
