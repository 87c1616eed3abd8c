import {
  Body,
  Controller,
  Delete,
  FileTypeValidator,
  Get,
  HttpCode,
  MaxFileSizeValidator,
  Param,
  ParseFilePipe,
  ParseUUIDPipe,
  Patch,
  Post,
  UploadedFile,
  UseGuards,
  UseInterceptors,
  UsePipes,
  ValidationPipe,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { IsInt, IsISO31661Alpha2, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CurrentUser, Public, Roles } from '../auth/decorators';
import { JwtAuthGuard, RolesGuard } from '../auth/guards';
import { PropertiesService } from './properties.service';

export class CreatePropertyDto {
  @IsString()
  @MaxLength(120)
  name!: string;

  @IsString()
  @MaxLength(200)
  addressLine1!: string;

  @IsString()
  @MaxLength(100)
  city!: string;

  @IsString()
  @MaxLength(20)
  postalCode!: string;

  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  unitCount?: number;
}

export class UpdatePropertyDto {
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  addressLine1?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  postalCode?: string;

  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  unitCount?: number;
}

@Controller('properties')
@UseGuards(JwtAuthGuard)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
export class PropertiesController {
  constructor(private readonly properties: PropertiesService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser('orgId') orgId: string) {
    return this.properties.list(orgId);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@CurrentUser('orgId') orgId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.properties.findOne(orgId, id);
  }

  // expect: missing-auth
  @Get(':id/leases')
  @Public()
  listLeases(@Param('id', ParseUUIDPipe) id: string) {
    return this.properties.listLeasesForProperty(id);
  }

  // ok: missing-auth
  // ok: missing-input-validation
  @Post()
  create(@CurrentUser('orgId') orgId: string, @Body() dto: CreatePropertyDto) {
    return this.properties.create(orgId, dto);
  }

  // ok: missing-auth
  // ok: missing-input-validation
  @Patch(':id')
  update(
    @CurrentUser('orgId') orgId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdatePropertyDto,
  ) {
    return this.properties.update(orgId, id, dto);
  }

  // ok: missing-auth
  // ok: missing-rate-limit
  @Post(':id/photo')
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  uploadPhoto(
    @CurrentUser('orgId') orgId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile(
      new ParseFilePipe({
        validators: [
          new MaxFileSizeValidator({ maxSize: 5_000_000 }),
          new FileTypeValidator({ fileType: /^image\/(png|jpeg|webp)$/ }),
        ],
      }),
    )
    file: Express.Multer.File,
  ) {
    return this.properties.setPhoto(orgId, id, file);
  }
}

@Controller('admin/properties')
@UseGuards(JwtAuthGuard, RolesGuard)
export class AdminPropertiesController {
  constructor(private readonly properties: PropertiesService) {}

  // ok: missing-auth
  // ok: missing-role-check
  @Get('stats')
  @Roles('admin')
  stats(@CurrentUser('orgId') orgId: string) {
    return this.properties.stats(orgId);
  }

  // ok: missing-auth
  // expect: missing-role-check
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser('orgId') orgId: string, @Param('id', ParseUUIDPipe) id: string) {
    await this.properties.remove(orgId, id);
  }
}
