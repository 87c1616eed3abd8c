import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminController, CompanyAdminController } from './admin/admin.controller';
import { AuthController, SessionController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { JwtAuthGuard, JwtStrategy, RolesGuard } from './auth/guards';
import { Company, TelematicsPing, User, Vehicle, WorkOrder } from './entities';
import { VehiclesController } from './vehicles/vehicles.controller';
import { VehiclesService } from './vehicles/vehicles.service';
import { TelematicsController } from './webhooks/telematics.controller';
import { WorkOrdersController } from './work-orders/work-orders.controller';

const entities = [Company, User, Vehicle, WorkOrder, TelematicsPing];

@Module({
  imports: [
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, entities, synchronize: false }),
    TypeOrmModule.forFeature(entities),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 100 }]),
    PassportModule,
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m', algorithm: 'HS256' } }),
  ],
  controllers: [AuthController, SessionController, VehiclesController, WorkOrdersController, AdminController, CompanyAdminController, TelematicsController],
  providers: [
    AuthService,
    VehiclesService,
    JwtStrategy,
    RolesGuard,
    // order matters: the throttler counts every request, the JWT guard then rejects anonymous ones
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
})
export class AppModule {}
