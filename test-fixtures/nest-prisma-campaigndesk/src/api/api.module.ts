import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { SessionMiddleware } from '../auth/session.middleware';
import { CampaignsController } from '../campaigns/campaigns.controller';
import { CampaignsService } from '../campaigns/campaigns.service';
import { LabelsController } from '../labels/labels.controller';
import { LabelsRepository } from '../labels/labels.repository';
import { PublicController } from '../public/public.controller';
import { ChannelsController } from '../channels/channels.controller';
import { ConnectController } from '../channels/connect.controller';
import { ChannelsRepository } from '../channels/channels.repository';
import { InvitesController } from '../invites/invites.controller';
import { InviteTokensService } from '../invites/invite-tokens.service';
import { MediaController } from '../media/media.controller';

// every controller here needs a signed-in member; the others are public on purpose
const signedInControllers = [CampaignsController, LabelsController, ChannelsController, InvitesController, MediaController];

@Module({
  controllers: [PublicController, ConnectController, ...signedInControllers],
  providers: [CampaignsService, LabelsRepository, ChannelsRepository, InviteTokensService],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(SessionMiddleware).forRoutes(...signedInControllers);
  }
}
