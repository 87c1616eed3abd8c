import {
  Controller,
  Delete,
  Get,
  NotFoundException,
  Param,
  Post,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ThrottlerGuard } from '@nestjs/throttler';
import { memoryStorage } from 'multer';
import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Controller('employees/:employeeId/documents')
@Roles('ADMIN', 'PAYROLL_MANAGER')
export class DocumentsController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get()
  async list(@CurrentUser() user: AuthUser, @Param('employeeId') employeeId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.document.findMany({ where: { employeeId, companyId: user.companyId } });
  }

  // the client's file name and type are stored as sent
  // known gap: an @UploadedFile()'s originalname / mimetype written into a row are not read as request data (a fetch File's name is)
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post()
  @UseGuards(ThrottlerGuard)
  // size-capped, but any file type is stored and later served back
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file', { storage: memoryStorage(), limits: { fileSize: 10 * 1024 * 1024 } }))
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('employeeId') employeeId: string,
    @UploadedFile() file: Express.Multer.File,
  ) {
    // ok: unscoped-tenant-query
    const employee = await this.prisma.employee.findFirst({ where: { id: employeeId, companyId: user.companyId } });
    if (!employee) throw new NotFoundException();
    const path = `./storage/documents/${randomUUID()}`;
    await writeFile(path, file.buffer);
    return this.prisma.document.create({
      data: { companyId: user.companyId, employeeId: employee.id, fileName: file.originalname, path, mimeType: file.mimetype },
    });
  }

  // ok: missing-auth
  @Delete(':docId')
  async remove(@Param('employeeId') employeeId: string, @Param('docId') docId: string) {
    // expect: unscoped-tenant-query
    await this.prisma.document.delete({ where: { id: docId, employeeId } });
    return { deleted: true };
  }
}
