import { BadRequestException, Body, Controller, Param, Post } from '@nestjs/common';
import { redis } from '../db/redis';
import { ChannelsRepository } from './channels.repository';
import { ConnectCallbackDto } from './connect.dto';

async function exchangeCode(provider: string, code: string) {
  const res = await fetch(`https://api.${provider}.example/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams({ code, client_id: process.env.CHANNEL_CLIENT_ID!, client_secret: process.env.CHANNEL_CLIENT_SECRET! }),
  });
  return (await res.json()) as { account_id: string; access_token: string };
}

// the provider sends the browser back here: there is no session cookie on this domain yet
@Controller('oauth')
export class ConnectController {
  constructor(private readonly channels: ChannelsRepository) {}

  // the workspace is the one the server stored under the state when the member asked to connect
  @Post(':provider/callback')
  async callback(@Param('provider') provider: string, @Body() body: ConnectCallbackDto) {
    const orgId = await redis.get(`connect:org:${body.state}`);
    if (!orgId) {
      throw new BadRequestException('Unknown state');
    }
    await redis.del(`connect:org:${body.state}`);
    const token = await exchangeCode(provider, body.code);
    return this.channels.connect(orgId, provider, token.account_id, token.access_token);
  }

}
