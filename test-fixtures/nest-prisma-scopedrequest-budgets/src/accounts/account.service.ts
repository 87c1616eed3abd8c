import { Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from '../prisma/prisma.service';

/** Thin data access: callers pass the Prisma filter they need. */
@Injectable()
export class AccountService {
  constructor(private readonly prismaService: PrismaService) {}

  public async account(accountWhereInput: Prisma.AccountWhereInput) {
    // expect: unscoped-tenant-query
    return this.prismaService.account.findFirst({ where: accountWhereInput });
  }

  public async accounts(params: { where?: Prisma.AccountWhereInput; orderBy?: Prisma.AccountOrderByWithRelationInput }) {
    const { where, orderBy } = params;
    // ok: unscoped-tenant-query
    return this.prismaService.account.findMany({ where, orderBy });
  }

  public async deleteAccount(where: Prisma.AccountWhereUniqueInput) {
    // ok: unscoped-tenant-query
    return this.prismaService.account.delete({ where });
  }

  public async updateAccount(params: { data: Prisma.AccountUpdateInput; where: Prisma.AccountWhereUniqueInput }) {
    const { data, where } = params;
    // expect: unscoped-tenant-query
    return this.prismaService.account.update({ data, where });
  }
}
