import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RolesGuard } from './auth/roles.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { InvoicesController } from './invoices/invoices.controller';
import { InvoicesService } from './invoices/invoices.service';
import { ExportsController } from './exports/exports.controller';
import { AdminUsersController, AdminAuditController } from './admin/admin.controller';
import { BillingController } from './billing/billing.controller';
import { PrismaService } from './prisma/prisma.service';

@Module({
  controllers: [AuthController, InvoicesController, ExportsController, AdminUsersController, AdminAuditController, BillingController],
  providers: [PrismaService, AuthService, InvoicesService, { provide: APP_GUARD, useClass: RolesGuard }],
})
export class AppModule {}
