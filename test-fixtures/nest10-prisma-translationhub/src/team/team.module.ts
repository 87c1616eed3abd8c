import { Module } from '@nestjs/common';
import { TeamController } from './team.controller';
import { StorageService } from '../documents/storage.service';

@Module({ controllers: [TeamController], providers: [StorageService] })
export class TeamModule {}
