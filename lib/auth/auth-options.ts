import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { ROLES, type Actor } from "./roles";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "local";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(credentials, clientAddress(req?.headers));
        if (result.ok) return result.actor;
        // next-auth passes an Error's message back to the form as the error code.
        throw new Error(result.reason === "throttled" ? "Throttled" : "CredentialsSignin");
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const actor = user as unknown as Actor;
        token.actor = {
          id: actor.id,
          email: actor.email,
          name: actor.name,
          role: actor.role,
          jurisdictionCode: actor.jurisdictionCode,
          companyId: actor.companyId,
        };
      }
      return token;
    },
    session({ session, token }) {
      const actor = token.actor as Actor | undefined;
      if (actor && (ROLES as readonly string[]).includes(actor.role)) {
        (session as unknown as { actor: Actor }).actor = actor;
      }
      return session;
    },
  },
};
