"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { describedBy, FieldShell } from "@/components/forms/field-shell";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth/client";

type LoginState = {
  status: "idle" | "error" | "success";
  message?: string;
  email?: string;
  fieldErrors?: Record<string, string[]>;
};

function waitMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds >= 60
    ? `${minutes} minute${minutes === 1 ? "" : "s"}`
    : `${seconds} second${seconds === 1 ? "" : "s"}`;
}

/** Signs in through the auth library's endpoint, where attempts are counted and limited. */
export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(
    async (_previous: LoginState, formData: FormData): Promise<LoginState> => {
      const email = String(formData.get("email") ?? "").trim();
      const password = String(formData.get("password") ?? "");
      const fieldErrors: Record<string, string[]> = {};
      if (!email) fieldErrors.email = ["is required"];
      if (!password) fieldErrors.password = ["is required"];
      if (Object.keys(fieldErrors).length > 0)
        return { status: "error", message: "Enter your email and password.", email, fieldErrors };
      let retryAfter: number | null = null;
      const { error } = await authClient.signIn.email(
        { email, password },
        {
          onError(context) {
            const header = context.response.headers.get("X-Retry-After");
            if (header) retryAfter = Number(header);
          },
        },
      );
      if (!error) {
        window.location.assign(next);
        return { status: "success", message: "Signed in. Opening the admin…", email };
      }
      if (error.status === 429) {
        return {
          status: "error",
          message: `Too many sign-in attempts. Try again in ${waitMessage(retryAfter ?? 60)}.`,
          email,
        };
      }
      if (error.status === 503)
        return {
          status: "error",
          message: "Sign-in is briefly unavailable (the database cannot be reached). Try again in a few seconds.",
          email,
        };
      if (error.status === 403)
        return { status: "error", message: error.message ?? "This account cannot sign in.", email };
      return { status: "error", message: "Wrong email or password.", email };
    },
    { status: "idle" },
  );

  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="grid gap-4" id="login">
      <ErrorSummary
        status={state.status}
        message={state.message}
        formId="login"
        errors={Object.entries(errors).map(([field, messages]) => ({
          field,
          label: field === "email" ? "Email" : "Password",
          message: messages.join("; "),
        }))}
      />
      <FieldShell id="login-email" label="Email" errors={errors.email}>
        <Input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy("login-email", undefined, errors.email)}
        />
      </FieldShell>
      <FieldShell id="login-password" label="Password" errors={errors.password}>
        <Input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy("login-password", undefined, errors.password)}
        />
      </FieldShell>
      <SubmitButton variant="accent" pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
