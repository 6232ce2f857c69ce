"use server";

import { revalidatePath } from "next/cache";
import { addApplicationNote, addNoteSchema } from "@/lib/services/review/add-application-note";
import { defineAction } from "../define-action";

/** An official leaves a note on a file for the other officials. */
export const addApplicationNoteAction = defineAction({
  permission: "application:review",
  schema: addNoteSchema,
  run: async (input, actor) => {
    const note = await addApplicationNote(actor, input);
    revalidatePath(`/staff/applications/${input.applicationId}`);
    return note;
  },
});
