import {
  Controller,
  Get,
  Header,
  Param,
  ParseFilePipe,
  Post,
  Query,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { diskStorage } from 'multer';
import { extname } from 'node:path';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PayslipsService } from './payslips.service';

@Controller('payslips')
export class PayslipsController {
  constructor(private readonly payslips: PayslipsService) {}

  @Get('mine')
  // ok: missing-auth
  mine(@CurrentUser() user: AuthUser) {
    return this.payslips.mine(user);
  }

  @Get()
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  // ok: missing-auth
  byEmployee(@Query('employeeId') employeeId: string) {
    return this.payslips.forEmployee(employeeId);
  }

  @Get(':id')
  // ok: missing-auth
  findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.payslips.findOne(user, id);
  }

  // @Throttle only sets a limit: no ThrottlerGuard runs on this controller
  @Get('runs/:payRunId/export.csv')
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  @Throttle({ default: { limit: 2, ttl: 60_000 } })
  @Header('Content-Type', 'text/csv')
  // expect: missing-rate-limit
  // ok: missing-auth
  async exportCsv(@CurrentUser() user: AuthUser, @Param('payRunId') payRunId: string) {
    const rows = await this.payslips.exportRun(user.companyId, payRunId);
    return ['employee,gross,net', ...rows.map((p) => `${p.employee.email},${p.grossCents},${p.netCents}`)].join('\n');
  }

  @Post(':id/pdf')
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  @UseGuards(ThrottlerGuard)
  // ok: unrestricted-upload
  @UseInterceptors(
    FileInterceptor('pdf', {
      storage: diskStorage({ destination: './storage/payslips' }),
      limits: { fileSize: 2 * 1024 * 1024 },
      fileFilter: (_req, file, cb) => cb(null, file.mimetype === 'application/pdf' && extname(file.originalname) === '.pdf'),
    }),
  )
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async uploadPdf(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @UploadedFile(new ParseFilePipe()) file: Express.Multer.File,
  ) {
    await this.payslips.attachPdf(user.companyId, id, file.path);
    return { ok: true };
  }
}
