import { CanActivate, ExecutionContext, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { createHash } from 'crypto';
import { PrismaService } from '../prisma/prisma.service';
import { TeamMembersService } from '../teams/team-members.service';

/**
 * Mock requests come from API clients, not the app: the mock server is picked by the subdomain, and a private one
 * also needs a personal access token of a member of its team. The server found is handed to the controller.
 */
@Injectable()
export class MockRequestGuard implements CanActivate {
  constructor(private readonly prisma: PrismaService, private readonly members: TeamMembersService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const subdomain = String(request.hostname).split('.')[0];
    const mockServer = await this.prisma.mockServer.findUnique({ where: { subdomain } });
    if (!mockServer) throw new NotFoundException('mock/not_found');

    if (!mockServer.isPublic) {
      const token = request.get('x-api-key');
      if (!token) throw new ForbiddenException('mock/token_required');
      const pat = await this.prisma.accessToken.findUnique({ where: { tokenHash: createHash('sha256').update(token).digest('hex') } });
      if (!pat) throw new ForbiddenException('mock/invalid_token');
      await this.members.assertMember(pat.userUid, mockServer.teamId);
    }

    request.mockServer = mockServer;
    return true;
  }
}
