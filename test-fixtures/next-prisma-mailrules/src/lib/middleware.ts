import { type NextRequest, NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import prisma from "@/lib/prisma";
import { isAuthExpiredError, isProviderInsufficientPermissionsError } from "@/lib/errors";

export type NextHandler<T extends NextRequest = NextRequest> = (
  req: T,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export interface RequestWithAuth extends NextRequest {
  auth: { userId: string };
}

export interface RequestWithEmailAccount extends NextRequest {
  auth: { userId: string; emailAccountId: string };
}

// one place for error handling; the middleware (if any) decides who gets in
function withMiddleware<T extends NextRequest>(
  handler: NextHandler<T>,
  middleware?: (req: NextRequest) => Promise<T | Response>,
  scope?: string,
): NextHandler {
  return async (req, context) => {
    try {
      let enhancedReq = req;
      if (middleware) {
        const result = await middleware(req);
        if (result instanceof Response) return result;
        enhancedReq = result;
      }
      return await handler(enhancedReq as T, context);
    } catch (error) {
      if (isAuthExpiredError(error)) {
        return NextResponse.json({ error: "Please sign in again" }, { status: 401 });
      }
      if (isProviderInsufficientPermissionsError(error)) {
        return NextResponse.json({ error: "Grant mailbox access again" }, { status: 403 });
      }
      console.error(`[${scope ?? "api"}] unhandled error`);
      return NextResponse.json({ error: "Something went wrong" }, { status: 500 });
    }
  };
}

async function authMiddleware(req: NextRequest): Promise<RequestWithAuth | Response> {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const authReq = req as RequestWithAuth;
  authReq.auth = { userId: session.user.id };
  return authReq;
}

async function emailAccountMiddleware(req: NextRequest): Promise<RequestWithEmailAccount | Response> {
  const authReq = await authMiddleware(req);
  if (authReq instanceof Response) return authReq;

  const emailAccountId = req.headers.get("x-email-account-id");
  if (!emailAccountId) {
    return NextResponse.json({ error: "Missing account" }, { status: 400 });
  }
  const account = await prisma.emailAccount.findFirst({
    where: { id: emailAccountId, userId: authReq.auth.userId },
    select: { id: true },
  });
  if (!account) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const accountReq = req as RequestWithEmailAccount;
  accountReq.auth = { userId: authReq.auth.userId, emailAccountId: account.id };
  return accountReq;
}

export function withError(scope: string, handler: NextHandler): NextHandler {
  return withMiddleware(handler, undefined, scope);
}

export function withAuth(scope: string, handler: NextHandler<RequestWithAuth>): NextHandler {
  return withMiddleware(handler, authMiddleware, scope);
}

export function withEmailAccount(scope: string, handler: NextHandler<RequestWithEmailAccount>): NextHandler {
  return withMiddleware(handler, emailAccountMiddleware, scope);
}
