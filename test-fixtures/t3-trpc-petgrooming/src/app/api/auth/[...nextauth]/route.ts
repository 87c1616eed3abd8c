import { handlers } from "@/server/auth";

// expect: missing-rate-limit
export const { GET, POST } = handlers;
