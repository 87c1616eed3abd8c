import { Global, Module } from '@nestjs/common';
import { PrismaRepository, PrismaService } from './prisma.service';

@Global()
@Module({
  providers: [PrismaService, PrismaRepository],
  exports: [PrismaService, PrismaRepository],
})
export class DbModule {}
