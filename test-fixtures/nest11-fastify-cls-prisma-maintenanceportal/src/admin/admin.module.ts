import { Module } from '@nestjs/common';
import { AdminMembersController } from './admin.controller';
import { BillingAdminController } from './billing.controller';
import { SupportController } from './support.controller';

@Module({ controllers: [AdminMembersController, BillingAdminController, SupportController] })
export class AdminModule {}
