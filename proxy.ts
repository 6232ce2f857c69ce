import { NextResponse, type NextRequest } from "next/server";

// Only passes the path on, so a page that sends someone to sign in can bring them back.
// Authorization is never decided here: pages and actions check it themselves.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"] };
