import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./auth-options";
import type { Actor } from "./roles";

/**
 * The signed-in actor, or null. Reading the session checks it on the server (the jwt callback in
 * auth-options: ended, idle, too old, account changed); once per request, however many layouts,
 * pages and components ask.
 */
const currentSession = cache(async () => (await getServerSession(authOptions)) as unknown as { actor?: Actor; enrollingActor?: Actor } | null);

export const currentActor = cache(async (): Promise<Actor | null> => (await currentSession())?.actor ?? null);

/**
 * The person of a session that must set up two-factor before anything else (docs/decisions/025):
 * only the enrolment page and its actions ask for them; everywhere else the session is no one.
 */
export const currentEnrollingActor = cache(async (): Promise<Actor | null> => (await currentSession())?.enrollingActor ?? null);
