import { NextResponse } from "next/server";
import { withError } from "@/lib/middleware";

export const GET = withError("health", async () => {
  return NextResponse.json({ ok: true });
});
