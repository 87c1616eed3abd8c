import { Controller, Get } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const FrontendConfigSchema = z.object({
  allowRegister: z.boolean(),
  supportEmail: z.string().email(),
  maxAttachmentMb: z.number().int(),
});

export class FrontendConfigDto extends createZodDto(FrontendConfigSchema) {}

// What the sign-in page needs before anyone signs in: settings, no records.
@Controller('config')
export class FrontendConfigController {
  constructor(private readonly config: ConfigService) {}

  // ok: missing-auth
  @Get('frontend')
  getFrontendConfig(): FrontendConfigDto {
    return FrontendConfigDto.create({
      allowRegister: this.config.get<boolean>('ALLOW_REGISTER') ?? false,
      supportEmail: this.config.get<string>('SUPPORT_EMAIL') ?? 'support@example.com',
      maxAttachmentMb: 10,
    });
  }
}
