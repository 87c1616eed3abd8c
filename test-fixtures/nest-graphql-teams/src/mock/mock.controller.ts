import { All, Controller, Get, Headers, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { MockRequestGuard } from './mock-request.guard';
import { MockService } from './mock.service';

@Controller('mock')
@UseGuards(MockRequestGuard)
export class MockController {
  constructor(private readonly mocks: MockService) {}

  @Get('_examples/by-collection')
  byCollection(@Headers('x-mock-collection') collectionId: string) {
    return this.mocks.examplesIn(collectionId);
  }

  @Get('_examples/shared')
  shared() {
    return this.mocks.sharedExamples();
  }

  @All('*path')
  async answer(@Req() req: Request) {
    const mockServer = (req as any).mockServer;
    const examples = await this.mocks.examplesOf(mockServer);
    return examples.find((e) => req.path.endsWith(e.title)) ?? { error: 'no example' };
  }
}
