import { account } from './account';
import { admin } from './admin';
import { feedback } from './feedback';

export const server = {
  account,
  feedback,
  admin,
};
