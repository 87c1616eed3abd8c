import { createStart } from '@tanstack/react-start';
import { requestTiming } from './middleware/auth';

export const startInstance = createStart(() => ({
  requestMiddleware: [requestTiming],
}));
