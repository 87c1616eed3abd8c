import { Module } from '@nestjs/common';
import { JobsController } from './jobs.controller';
import { DocumentsModule } from '../documents/documents.module';
import { MailModule } from '../mail/mail.module';

@Module({ imports: [DocumentsModule, MailModule], controllers: [JobsController] })
export class JobsModule {}
