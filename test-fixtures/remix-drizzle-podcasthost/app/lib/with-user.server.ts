import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { requireUser, type CurrentUser } from '~/auth.server';

type Args = (LoaderFunctionArgs | ActionFunctionArgs) & { user: CurrentUser };

// wraps a loader or action so it only runs for a signed-in user
export function withUser<T>(fn: (args: Args) => Promise<T>) {
  return async (args: LoaderFunctionArgs | ActionFunctionArgs) => {
    const user = await requireUser(args.request);
    return fn({ ...args, user });
  };
}
