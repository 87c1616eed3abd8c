import {
  Body,
  Controller,
  FileTypeValidator,
  Get,
  MaxFileSizeValidator,
  Param,
  ParseFilePipe,
  Post,
  Query,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { IsDateString, IsString, Length } from 'class-validator';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { PropertyAccessGuard } from './org-member.guard';

export class VisitDto {
  @IsString()
  @Length(3, 140)
  title!: string;

  @IsDateString()
  when!: string;
}

@Controller('properties/:propertyId/schedule')
@UseGuards(ThrottlerGuard, PropertyAccessGuard)
@SkipThrottle()
export class SchedulesController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get()
  list(@Param('propertyId') propertyId: string, @Query('status') status?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.findMany({ where: { propertyId, ...(status ? { status } : {}) } });
  }

  // expect: missing-input-validation
  @Post('bulk')
  bulk(@CurrentUser() user: AuthUser, @Param('propertyId') propertyId: string, @Body() visits: VisitDto[]) {
    return this.prisma.workOrder.createMany({
      data: visits.map((v) => ({ companyId: user.companyId, propertyId, title: v.title, description: `Visit on ${v.when}` })),
    });
  }

  @SkipThrottle({ default: false })
  // ok: missing-rate-limit, missing-input-validation
  @Post('floorplan')
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('plan'))
  async floorplan(
    @Param('propertyId') propertyId: string,
    @UploadedFile(
      new ParseFilePipe({
        validators: [new MaxFileSizeValidator({ maxSize: 5 * 1024 * 1024 }), new FileTypeValidator({ fileType: /(png|jpe?g|pdf)$/ })],
      }),
    )
    plan: Express.Multer.File,
  ) {
    return { propertyId, size: plan.size };
  }

  // expect: missing-rate-limit
  @Get('export')
  async export(@Param('propertyId') propertyId: string) {
    // ok: unscoped-tenant-query
    const rows = await this.prisma.workOrder.findMany({ where: { propertyId } });
    return rows.map((r) => `${r.id},${r.title},${r.status}`).join('\n');
  }
}
