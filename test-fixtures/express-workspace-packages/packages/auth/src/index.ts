import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export interface Caller {
  id: string;
  orgId: string;
}

/** Resolves the caller from the bearer token; anonymous requests stop here. */
export function attachCaller(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  if (!token) {
    return res.status(401).json({ error: "unauthenticated" });
  }
  const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"] }) as { sub: string; org: string };
  (req as Request & { user: Caller }).user = { id: claims.sub, orgId: claims.org };
  next();
}
