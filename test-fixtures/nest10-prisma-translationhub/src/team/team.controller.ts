import {
  Controller,
  Delete,
  ForbiddenException,
  HttpCode,
  NotFoundException,
  Param,
  ParseFilePipe,
  MaxFileSizeValidator,
  FileTypeValidator,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Role } from '@prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { StorageService } from '../documents/storage.service';
import { AuthUser, CurrentUser } from '../common/decorators';

@Controller('team')
export class TeamController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly storage: StorageService,
  ) {}

  // ok: missing-role-check
  @Delete('members/:id')
  @HttpCode(204)
  async removeMember(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    if (user.role !== Role.ADMIN) throw new ForbiddenException('admins only');
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.deleteMany({ where: { id, orgId: user.orgId } });
    if (count === 0) throw new NotFoundException();
  }

  // ok: missing-rate-limit
  @Post('avatar')
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('avatar'))
  async avatar(
    @CurrentUser() user: AuthUser,
    @UploadedFile(
      new ParseFilePipe({
        validators: [new MaxFileSizeValidator({ maxSize: 2 * 1024 * 1024 }), new FileTypeValidator({ fileType: /image\/(png|jpeg)$/ })],
      }),
    )
    file: Express.Multer.File,
  ) {
    const key = await this.storage.put(`avatars/${user.id}`, file.buffer, file.mimetype);
    return { key };
  }
}
