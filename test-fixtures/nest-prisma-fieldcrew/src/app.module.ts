import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PrismaService } from './common/prisma.service';
import { CrewsController } from './crews/crews.controller';
import { HealthController } from './health.controller';

@Module({
  imports: [JwtModule.register({})],
  controllers: [CrewsController, HealthController],
  providers: [PrismaService],
})
export class AppModule {}
