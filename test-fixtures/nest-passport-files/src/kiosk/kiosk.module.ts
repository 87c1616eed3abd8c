import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { jwtConstants } from '../auth/constants';
import { KioskService } from './kiosk.service';

@Module({
  imports: [JwtModule.register({ secret: jwtConstants.secret, signOptions: { expiresIn: jwtConstants.expiresIn } })],
  providers: [KioskService],
  exports: [KioskService],
})
export class KioskModule {}
