import { Module } from '@nestjs/common';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { StorageService } from './storage.service';

@Module({ controllers: [DocumentsController], providers: [DocumentsService, StorageService], exports: [DocumentsService] })
export class DocumentsModule {}
