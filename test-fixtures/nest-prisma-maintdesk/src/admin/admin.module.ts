import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AdminController } from './admin.controller';
import { TeamController } from './team.controller';

@Module({ imports: [JwtModule], controllers: [AdminController, TeamController] })
export class AdminModule {}
