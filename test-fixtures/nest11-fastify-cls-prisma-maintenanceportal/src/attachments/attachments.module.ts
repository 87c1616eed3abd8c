import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller';
import { ObjectStore } from './object-store';

@Module({
  controllers: [AttachmentsController],
  providers: [ObjectStore],
})
export class AttachmentsModule {}
