import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Company } from './entities/company.entity';
import { User } from './entities/user.entity';
import { Vendor } from './entities/vendor.entity';
import { PurchaseOrder } from './entities/purchase-order.entity';
import { Attachment } from './entities/attachment.entity';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { JwtStrategy } from './auth/jwt.strategy';
import { AuthController, SupplierSessionController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { PurchaseOrdersController } from './purchase-orders/purchase-orders.controller';
import { PurchaseOrdersService } from './purchase-orders/purchase-orders.service';
import { VendorsController } from './vendors/vendors.controller';
import { AdminController, TeamController } from './admin/admin.controller';
import { AttachmentsController } from './attachments/attachments.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { ReportsController } from './reports/reports.controller';
import { MailService } from './common/mail.service';
import { PartnersController } from './partners/partners.controller';
import { CatalogController } from './partners/catalog.controller';
import { appConfig } from './common/config';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: process.env.DB_HOST ?? 'procurement-db.internal',
      username: 'procurement',
      // expect: hardcoded-secret
      password: 'Pr0cureDb2024x',
      entities: [Company, User, Vendor, PurchaseOrder, Attachment],
      synchronize: false,
    }),
    TypeOrmModule.forFeature([Company, User, Vendor, PurchaseOrder, Attachment]),
    PassportModule,
    JwtModule.register({
      secret: appConfig.jwtSecret,
      signOptions: { expiresIn: '15m' },
    }),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }]),
  ],
  controllers: [
    AuthController,
    SupplierSessionController,
    PurchaseOrdersController,
    VendorsController,
    AdminController,
    TeamController,
    AttachmentsController,
    WebhooksController,
    ReportsController,
    PartnersController,
    CatalogController,
  ],
  providers: [
    AuthService,
    PurchaseOrdersService,
    MailService,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
  ],
})
export class AppModule {}
