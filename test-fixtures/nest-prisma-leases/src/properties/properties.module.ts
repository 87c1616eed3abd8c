import { Module } from '@nestjs/common';
import { AdminPropertiesController, PropertiesController } from './properties.controller';
import { PropertiesService } from './properties.service';

@Module({
  controllers: [PropertiesController, AdminPropertiesController],
  providers: [PropertiesService],
})
export class PropertiesModule {}
