import { transitionRecognition, type RecognitionAction, type RecognitionStatus } from "@/lib/workflow/recognition-lifecycle";

/**
 * Set-based jobs change many titles in one statement; they still take the step from the one
 * recognition state machine, so a change to the machine cannot be bypassed by a job.
 */
export function machineStep(from: RecognitionStatus, action: RecognitionAction): RecognitionStatus {
  const step = transitionRecognition(from, action, { rereviewFailed: false });
  if (!step.ok || step.actor !== "system") throw new Error(`the recognition machine no longer lets the system ${action} from ${from}`);
  return step.to;
}
