export * from './public.decorator';
export * from './roles.decorator';
export * from './current-user.decorator';
