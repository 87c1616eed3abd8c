import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class KioskService {
  constructor(private readonly jwt: JwtService) {}

  issueKioskToken(deviceId: string, clinicId: string) {
    return this.jwt.sign({ sub: deviceId, clinicId, kind: 'kiosk' });
  }
}
