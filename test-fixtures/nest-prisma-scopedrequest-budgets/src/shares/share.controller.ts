import { Body, Controller, Delete, HttpException, Inject, Param, Put, UseGuards } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IsOptional, IsString } from 'class-validator';
import type { RequestWithUser } from '../common/types';
import { ShareService } from './share.service';

class UpdateShareDto {
  @IsOptional()
  @IsString()
  alias?: string;
}

@Controller('shares')
@UseGuards(AuthGuard('jwt'))
export class ShareController {
  constructor(
    private readonly shareService: ShareService,
    @Inject(REQUEST) private readonly request: RequestWithUser,
  ) {}

  // the share is looked up among the caller's own before it is deleted by its id
  @Delete(':id')
  public async deleteShare(@Param('id') id: string) {
    const originalShare = await this.shareService.share({ id, userId: this.request.user.id });
    if (!originalShare) throw new HttpException('Forbidden', 403);
    return this.shareService.deleteShare({ id });
  }

  @Put(':id')
  public async updateShare(@Param('id') id: string, @Body() data: UpdateShareDto) {
    const originalShare = await this.shareService.share({ id, userId: this.request.user.id });
    if (!originalShare) throw new HttpException('Forbidden', 403);
    return this.shareService.updateShare({ data: { alias: data.alias }, where: { id } });
  }
}
