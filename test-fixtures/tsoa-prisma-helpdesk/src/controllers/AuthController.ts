import { Body, Controller, Middlewares, Post, Route } from 'tsoa';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { prisma } from '../db';
import { authLimiter } from '../limits';

interface Credentials {
  email: string;
  password: string;
}

interface SignupParams extends Credentials {
  orgName: string;
}

@Route('auth')
export class AuthController extends Controller {
  // ok: missing-rate-limit, missing-auth, missing-input-validation
  @Post('login')
  @Middlewares(authLimiter)
  public async login(@Body() body: Credentials) {
    const user = await prisma.user.findUnique({ where: { email: body.email } });
    if (!user || !(await bcrypt.compare(body.password, user.passwordHash))) {
      this.setStatus(401);
      return { error: 'invalid credentials' };
    }
    return { token: jwt.sign({ id: user.id, orgId: user.orgId, role: user.role }, process.env.JWT_SECRET!, { expiresIn: '2h' }) };
  }

  // expect: missing-rate-limit
  @Post('signup')
  public async signup(@Body() body: SignupParams) {
    const org = await prisma.org.create({ data: { name: body.orgName } });
    const user = await prisma.user.create({ data: { email: body.email, passwordHash: await bcrypt.hash(body.password, 12), orgId: org.id, role: 'admin' } });
    return { id: user.id };
  }
}
