import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ClsModule } from 'nestjs-cls';
import { AdminModule } from './admin/admin.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuthModule } from './auth/auth.module';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { AuditInterceptor } from './common/audit.interceptor';
import { PortalExceptionFilter } from './common/http-exception.filter';
import { TenantContext } from './common/tenant-context.service';
import { ContractorPortalModule } from './contractor-portal/contractor-portal.module';
import { ContractorsModule } from './contractors/contractors.module';
import { HealthController } from './health/health.controller';
import { InvoicesModule } from './invoices/invoices.module';
import { PrismaModule } from './prisma/prisma.module';
import { PropertiesModule } from './properties/properties.module';
import { ReportsModule } from './reports/reports.module';
import { TenantRequestsModule } from './tenant-requests/tenant-requests.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WorkOrdersModule } from './work-orders/work-orders.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 20 }]),
    ClsModule.forRoot({
      global: true,
      middleware: {
        mount: true,
        generateId: true,
        // the portal front-end sends the selected organisation; the auth guard
        // replaces it with the organisation from the verified token
        setup: (cls, req) => {
          cls.set('orgId', req.headers['x-org-id'] as string | undefined);
          // dispatchers working for several landlords pick the board they look at
          cls.set('activeOrgId', req.headers['x-active-org'] as string | undefined);
        },
      },
    }),
    PrismaModule,
    AuthModule,
    PropertiesModule,
    WorkOrdersModule,
    ContractorsModule,
    ContractorPortalModule,
    InvoicesModule,
    TenantRequestsModule,
    AttachmentsModule,
    WebhooksModule,
    AdminModule,
    ReportsModule,
  ],
  controllers: [HealthController],
  providers: [
    TenantContext,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
    { provide: APP_FILTER, useClass: PortalExceptionFilter },
  ],
  exports: [TenantContext],
})
export class AppModule {}
