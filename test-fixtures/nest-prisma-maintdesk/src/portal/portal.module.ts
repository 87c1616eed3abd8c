import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PortalController } from './portal.controller';
import { ResidentJwtStrategy } from './resident-jwt.strategy';

@Module({
  imports: [
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // expect: insecure-jwt
        secret: config.get<string>('RESIDENT_JWT_SECRET') ?? 'resident-portal-dev-key',
        signOptions: { expiresIn: '7d', algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [PortalController],
  providers: [ResidentJwtStrategy],
})
export class PortalModule {}
