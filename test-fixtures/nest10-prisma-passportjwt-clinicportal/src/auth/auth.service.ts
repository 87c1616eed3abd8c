import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { PrismaService } from '../prisma/prisma.service';
import { LoginDto, RegisterClinicDto } from './dto';

@Injectable()
export class AuthService {
  constructor(private readonly prisma: PrismaService, private readonly jwt: JwtService) {}

  async login(dto: LoginDto) {
    const user = await this.prisma.user.findUnique({ where: { email: dto.email } });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) throw new UnauthorizedException();
    return { accessToken: await this.jwt.signAsync({ sub: user.id, clinicId: user.clinicId, role: user.role }) };
  }

  async register(dto: RegisterClinicDto) {
    const slug = dto.clinicName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const clinic = await this.prisma.clinic.create({ data: { name: dto.clinicName, slug } });
    const user = await this.prisma.user.create({
      data: { email: dto.email, name: dto.name, passwordHash: await bcrypt.hash(dto.password, 12), role: 'ADMIN', clinicId: clinic.id },
    });
    return { accessToken: await this.jwt.signAsync({ sub: user.id, clinicId: clinic.id, role: user.role }) };
  }
}
