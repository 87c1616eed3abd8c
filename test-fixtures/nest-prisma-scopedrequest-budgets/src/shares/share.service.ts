import { Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class ShareService {
  constructor(private readonly prismaService: PrismaService) {}

  public async share(shareWhereInput: Prisma.ShareWhereInput) {
    // ok: unscoped-tenant-query
    return this.prismaService.share.findFirst({ include: { }, where: shareWhereInput });
  }

  public async deleteShare(where: Prisma.ShareWhereUniqueInput) {
    // ok: unscoped-tenant-query
    return this.prismaService.share.delete({ where });
  }

  public async updateShare({ data, where }: { data: Prisma.ShareUpdateInput; where: Prisma.ShareWhereUniqueInput }) {
    // ok: unscoped-tenant-query
    return this.prismaService.share.update({ data, where });
  }
}
