import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit {
  async onModuleInit() {
    await this.$connect();
  }
}

/** One model's delegate, injected where a repository needs it (`PrismaRepository<'label'>`). */
@Injectable()
export class PrismaRepository<T extends keyof PrismaService> {
  public model: Pick<PrismaService, T>;
  constructor(private readonly prismaService: PrismaService) {
    this.model = this.prismaService;
  }
}
