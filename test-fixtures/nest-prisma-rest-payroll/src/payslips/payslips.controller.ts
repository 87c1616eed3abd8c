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

  // ok: missing-auth
  @Get('mine')
  mine(@CurrentUser() user: AuthUser) {
    return this.payslips.mine(user);
  }

  // ok: missing-auth
  @Get()
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  byEmployee(@Query('employeeId') employeeId: string) {
    return this.payslips.forEmployee(employeeId);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.payslips.findOne(user, id);
  }

  // @Throttle only sets a limit: no ThrottlerGuard runs on this controller
  // expect: missing-rate-limit
  // ok: missing-auth
  @Get('runs/:payRunId/export.csv')
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  @Throttle({ default: { limit: 2, ttl: 60_000 } })
  @Header('Content-Type', 'text/csv')
  async exportCsv(@CurrentUser() user: AuthUser, @Param('payRunId') payRunId: string) {
    const rows = await this.payslips.exportRun(user.companyId, payRunId);
    return ['employee,gross,net', ...rows.map((p) => `${p.employee.email},${p.grossCents},${p.netCents}`)].join('\n');
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
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
  async uploadPdf(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @UploadedFile(new ParseFilePipe()) file: Express.Multer.File,
  ) {
    await this.payslips.attachPdf(user.companyId, id, file.path);
    return { ok: true };
  }
}
