import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { RequestLoggingInterceptor } from './common/request-logging.interceptor';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from './auth/auth.module';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { PrismaModule } from './prisma/prisma.module';
import { EmployeesModule } from './employees/employees.module';
import { PayslipsModule } from './payslips/payslips.module';
import { PayRunsModule } from './payruns/payruns.module';
import { AdminModule } from './admin/admin.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { CompaniesModule } from './companies/companies.module';
import { CareersModule } from './careers/careers.module';
import { DocumentsModule } from './documents/documents.module';
import { TimeOffModule } from './timeoff/timeoff.module';
import { PartnersModule } from './partners/partners.module';
import { ReportsModule } from './reports/reports.module';
import { HealthController } from './health.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 60 }]),
    PrismaModule,
    AuthModule,
    EmployeesModule,
    PayslipsModule,
    PayRunsModule,
    AdminModule,
    WebhooksModule,
    CompaniesModule,
    CareersModule,
    DocumentsModule,
    TimeOffModule,
    PartnersModule,
    ReportsModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_INTERCEPTOR, useClass: RequestLoggingInterceptor },
  ],
})
export class AppModule {}
