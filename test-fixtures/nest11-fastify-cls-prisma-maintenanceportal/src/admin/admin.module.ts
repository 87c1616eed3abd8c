import { Module } from '@nestjs/common';
import { AdminMembersController } from './admin.controller';
import { SupportController } from './support.controller';

@Module({ controllers: [AdminMembersController, SupportController] })
export class AdminModule {}
