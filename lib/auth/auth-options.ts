import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { clientAddressOf } from "@/lib/http/client-address";
import { authenticate } from "./authenticate";
import { ROLES, type Actor } from "./roles";
import { sessionPolicyFromEnv } from "./session-policy";
import { checkSession, endSession, startSession } from "./session-store";
import { wallClock } from "@/lib/calendar/today";

/**
 * Sessions end on the server (docs/decisions/011): the cookie holds a session id, checked on
 * every read of the session; the cookie itself lives no longer than the absolute lifetime.
 */
const sessionPolicy = sessionPolicyFromEnv();

/** What authorize hands to the jwt callback: the actor and the server-side session just opened. */
type SignedInUser = Actor & { sessionId: string; enrolTwoFactor: boolean };

// next-auth passes an Error's message back to the form as the error code.
const SIGN_IN_ERROR = {
  invalid: "CredentialsSignin",
  throttled: "Throttled",
  "code-required": "TwoFactorRequired",
  "code-invalid": "TwoFactorInvalid",
} as const;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionPolicy.maxHours * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  // Behind a TLS-terminating proxy the server itself sees plain HTTP, so the scheme is taken from
  // NEXTAUTH_URL, the portal's public address, never from a request header: https gives Secure
  // cookies named __Secure-… (__Host-… for the CSRF token). Set explicitly rather than left to
  // next-auth's default, which follows the same rule, so that it is visible and tested
  // (tests/e2e/secure-cookies.spec.ts).
  useSecureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  providers: [
    CredentialsProvider({
      name: "password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const result = await authenticate(credentials, clientAddressOf(req?.headers));
        if (!result.ok) throw new Error(SIGN_IN_ERROR[result.reason]);
        const sessionId = await startSession(result.actor.id, result.sessionVersion, wallClock(), { twoFactorPending: result.mustEnrolTwoFactor });
        return { ...result.actor, sessionId, enrolTwoFactor: result.mustEnrolTwoFactor } satisfies SignedInUser;
      },
    }),
  ],
  callbacks: {
    // Every redirect next-auth makes (after sign-in, sign-out, errors) stays on the portal.
    redirect({ url, baseUrl }) {
      return `${baseUrl.replace(/\/$/, "")}${safeReturnPath(url, baseUrl, "/")}`;
    },
    async jwt({ token, user }) {
      if (user) {
        const actor = user as unknown as SignedInUser;
        token.actor = {
          id: actor.id,
          email: actor.email,
          name: actor.name,
          role: actor.role,
          jurisdictionCode: actor.jurisdictionCode,
          companyId: actor.companyId,
        };
        token.sid = actor.sessionId;
        token.enrol = actor.enrolTwoFactor;
        return token;
      }
      const actor = token.actor as Actor | undefined;
      // A token without a server-side session (ended, or issued before sessions had one) carries no one.
      if (!actor || typeof token.sid !== "string") return {};
      const verdict = await checkSession(token.sid, actor, wallClock(), sessionPolicy);
      return verdict.live ? { ...token, enrol: verdict.enrolTwoFactor } : {};
    },
    session({ session, token }) {
      const actor = token.actor as Actor | undefined;
      if (actor && (ROLES as readonly string[]).includes(actor.role)) {
        // A session that must first set up two-factor carries its person apart: to everything but
        // the enrolment page it is no one (current-actor.ts).
        if (token.enrol === true) (session as unknown as { enrollingActor: Actor }).enrollingActor = actor;
        else (session as unknown as { actor: Actor }).actor = actor;
      }
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server: a copy of the cookie is worth nothing after it.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid, "sign-out");
    },
  },
};
