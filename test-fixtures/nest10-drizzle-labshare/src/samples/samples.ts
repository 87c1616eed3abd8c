import {
  BadRequestException, Controller, Get, Inject, Injectable, Module, NotFoundException, Param, Post, UploadedFile, UseGuards, UseInterceptors, Body,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsString, MaxLength } from 'class-validator';
import { eq, sql } from 'drizzle-orm';
import { DRIZZLE, Database } from '../db/drizzle.module';
import { samples } from '../db/schema';
import { AuthUser, CurrentUser } from '../auth/decorators';

const ALLOWED_TYPES = ['text/csv', 'application/pdf', 'image/png', 'image/tiff'];

export class SampleMetaDto {
  @IsString()
  @MaxLength(200)
  label!: string;
}

@Injectable()
export class SamplesService {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  list(orgId: string) {
    // ok: unscoped-tenant-query
    return this.db.select().from(samples).where(eq(samples.organizationId, orgId));
  }

  async store(user: AuthUser, label: string, file: Express.Multer.File) {
    const storageKey = `samples/${user.organizationId}/${Date.now()}-${file.originalname}`;
    const [row] = await this.db
      .insert(samples)
      .values({ organizationId: user.organizationId, label, storageKey, sizeBytes: file.size })
      .returning();
    return row;
  }

  async downloadInfo(id: string) {
    // expect: unscoped-tenant-query
    const result = await this.db.execute(sql`select id, label, storage_key from samples where id = ${id}`);
    if (result.rows.length === 0) throw new NotFoundException();
    return result.rows[0];
  }
}

@Controller('samples')
export class SamplesController {
  constructor(private readonly samples: SamplesService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.samples.list(user.organizationId);
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('upload')
  @UseGuards(ThrottlerGuard)
  // ok: unrestricted-upload
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: 25 * 1024 * 1024 },
      fileFilter: (_req, file, cb) => {
        if (!ALLOWED_TYPES.includes(file.mimetype)) return cb(new BadRequestException('Unsupported file type'), false);
        cb(null, true);
      },
    }),
  )
  upload(@CurrentUser() user: AuthUser, @Body() meta: SampleMetaDto, @UploadedFile() file: Express.Multer.File) {
    return this.samples.store(user, meta.label, file);
  }

  // ok: missing-auth
  @Get(':id/download')
  download(@Param('id') id: string) {
    return this.samples.downloadInfo(id);
  }
}

@Module({ controllers: [SamplesController], providers: [SamplesService] })
export class SamplesModule {}
