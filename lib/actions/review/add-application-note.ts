"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { addApplicationNote, addNoteSchema } from "@/lib/services/review/add-application-note";
import { defineAction } from "../define-action";

/** An official leaves a note on a file for the other officials. */
export const addApplicationNoteAction = defineAction({
  roles: STAFF_ROLES,
  schema: addNoteSchema,
  run: async (input, actor) => {
    const note = await addApplicationNote(actor, input);
    revalidatePath(`/staff/applications/${input.applicationId}`);
    return note;
  },
});
