import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Card, CardSchema } from '../schemas/card.schema';
import { Workspace, WorkspaceSchema } from '../schemas/workspace.schema';
import { WebhooksController } from './webhooks.controller';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: Workspace.name, schema: WorkspaceSchema },
      { name: Card.name, schema: CardSchema },
    ]),
  ],
  controllers: [WebhooksController],
})
export class WebhooksModule {}
