import { Controller, Get, Post, Param } from '@nestjs/common';
import { Organization } from '@prisma/client';
import { randomBytes } from 'crypto';
import { CurrentOrg } from '../auth/current.decorators';
import { redis } from '../db/redis';
import { ChannelsRepository } from './channels.repository';

@Controller('channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsRepository) {}

  @Get()
  list(@CurrentOrg() org: Organization) {
    return this.channels.list(org.id);
  }

  // starts the provider's consent screen; the state remembers which workspace asked
  @Post(':provider/authorize')
  async startConnect(@CurrentOrg() org: Organization, @Param('provider') provider: string) {
    const state = randomBytes(24).toString('hex');
    await redis.set(`connect:org:${state}`, org.id, 'EX', 600);
    return { url: `https://auth.${provider}.example/consent?state=${state}` };
  }
}
