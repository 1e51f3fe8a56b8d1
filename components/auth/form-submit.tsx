import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";

/** The end of an account form: the server's sentence when it refused, and the submit button. */
export function FormSubmit({ errorId, error, busy, label, busyLabel }: { errorId: string; error: string; busy: boolean; label: string; busyLabel: string }) {
  return (
    <>
      <div role="alert">
        <FieldError id={errorId}>{error}</FieldError>
      </div>
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? busyLabel : label}
      </Button>
    </>
  );
}
