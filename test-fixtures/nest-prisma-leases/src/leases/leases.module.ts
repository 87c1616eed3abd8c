import { Module } from '@nestjs/common';
import { AdminLeasesController, LeasesController } from './leases.controller';
import { LeasesService } from './leases.service';

@Module({
  controllers: [LeasesController, AdminLeasesController],
  providers: [LeasesService],
})
export class LeasesModule {}
