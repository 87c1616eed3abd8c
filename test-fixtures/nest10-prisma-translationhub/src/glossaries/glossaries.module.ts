import { Module } from '@nestjs/common';
import { GlossariesController } from './glossaries.controller';
import { GlossaryAccessService } from './glossary-access.service';

@Module({ controllers: [GlossariesController], providers: [GlossaryAccessService] })
export class GlossariesModule {}
