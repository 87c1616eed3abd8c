import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [
    // Signs short-lived share links for documents (separate from the auth tokens).
    // expect: insecure-jwt
    JwtModule.register({ secret: 'docs-share-links-2023', signOptions: { expiresIn: '10m' } }),
  ],
  controllers: [DocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
