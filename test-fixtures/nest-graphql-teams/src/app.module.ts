import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { PrismaService } from './prisma/prisma.service';
import { CollectionsResolver } from './collections/collections.resolver';
import { CollectionsService } from './collections/collections.service';
import { TeamMembersService } from './teams/team-members.service';
import { TeamCollectionsController } from './teams/team-export.controller';
import { TeamsResolver } from './teams/teams.resolver';
import { SnippetsResolver } from './snippets/snippets.resolver';
import { SnippetsService } from './snippets/snippets.service';
import { MockController } from './mock/mock.controller';
import { MockRequestGuard } from './mock/mock-request.guard';
import { MockService } from './mock/mock.service';
import { InfraController } from './infra/infra.controller';
import { InfraTokenGuard } from './infra/infra-token.guard';
import { PublishedDocsController } from './published/published-docs.controller';
import { PublishedDocsService } from './published/published-docs.service';

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      context: ({ req }: { req: unknown }) => ({ req }),
    }),
  ],
  controllers: [TeamCollectionsController, MockController, PublishedDocsController, InfraController],
  providers: [PrismaService, CollectionsService, CollectionsResolver, TeamMembersService, TeamsResolver, SnippetsService, SnippetsResolver, MockService, MockRequestGuard, PublishedDocsService, InfraTokenGuard],
})
export class AppModule {}
