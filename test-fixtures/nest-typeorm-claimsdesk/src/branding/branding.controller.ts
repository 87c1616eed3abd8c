import { Controller, Post, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ThrottlerGuard } from '@nestjs/throttler';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { imageFilter } from './image-filter';
import { Roles } from '../auth/roles.decorator';
import { Role, User } from '../users/user.entity';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';

@Controller('branding')
@UseGuards(ThrottlerGuard)
export class BrandingController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Roles(Role.Admin)
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('logo', { limits: { fileSize: 1_000_000 }, fileFilter: imageFilter }))
  // ok: missing-rate-limit
  @Post('logo')
  uploadLogo(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File) {
    return { organizationId: user.organizationId, stored: file.filename };
  }

  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('letterhead'))
  // ok: missing-rate-limit
  @Post('letterhead')
  uploadLetterhead(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File) {
    return { organizationId: user.organizationId, stored: file.filename };
  }
}
