import { getAuth } from "@/lib/auth/server";

// The auth library's own endpoints (sign-in, sign-out, session, admin user management). They check
// the session and the admin role themselves; sign-in is rate-limited there.
async function handle(request: Request): Promise<Response> {
  const auth = await getAuth();
  return auth.handler(request);
}

export const GET = handle;
export const POST = handle;
