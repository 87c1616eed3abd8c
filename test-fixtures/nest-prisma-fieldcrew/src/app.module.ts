import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PrismaService } from './common/prisma.service';
import { CrewsController } from './crews/crews.controller';
import { HealthController } from './health.controller';
import { JobsController } from './jobs/jobs.controller';
import { JobsService } from './jobs/jobs.service';

@Module({
  imports: [JwtModule.register({})],
  controllers: [CrewsController, HealthController, JobsController],
  providers: [PrismaService, JobsService],
})
export class AppModule {}
