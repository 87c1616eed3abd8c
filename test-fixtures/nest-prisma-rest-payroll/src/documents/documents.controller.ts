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

  @Get()
  // ok: missing-auth
  async list(@CurrentUser() user: AuthUser, @Param('employeeId') employeeId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.document.findMany({ where: { employeeId, companyId: user.companyId } });
  }

  @Post()
  @UseGuards(ThrottlerGuard)
  // size-capped, but any file type is stored and later served back
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file', { storage: memoryStorage(), limits: { fileSize: 10 * 1024 * 1024 } }))
  // the client's file name and type are stored as sent
  // expect: missing-input-validation
  // ok: missing-auth, missing-rate-limit
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

  @Delete(':docId')
  // ok: missing-auth
  async remove(@Param('employeeId') employeeId: string, @Param('docId') docId: string) {
    // expect: unscoped-tenant-query
    await this.prisma.document.delete({ where: { id: docId, employeeId } });
    return { deleted: true };
  }
}
