"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CHINESE_SEPARATORS, DEFAULT_SEPARATORS, describedBy, FieldShell } from "@/components/forms/field-shell";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth/client";

type LoginState = {
  status: "idle" | "error" | "success";
  message?: string;
  email?: string;
  fieldErrors?: Record<string, string[]>;
};

/** Signs in through the auth library's endpoint, where attempts are counted and limited. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("signIn");
  const separators = useLocale() === "zh" ? CHINESE_SEPARATORS : DEFAULT_SEPARATORS;
  // A wait in whole minutes from a minute on, in seconds below it.
  const wait = (seconds: number) =>
    seconds >= 60 ? t("waitMinutes", { count: Math.ceil(seconds / 60) }) : t("waitSeconds", { count: seconds });
  const [state, action] = useActionState(
    async (_previous: LoginState, formData: FormData): Promise<LoginState> => {
      const email = String(formData.get("email") ?? "").trim();
      const password = String(formData.get("password") ?? "");
      const fieldErrors: Record<string, string[]> = {};
      if (!email) fieldErrors.email = [t("required")];
      if (!password) fieldErrors.password = [t("required")];
      if (Object.keys(fieldErrors).length > 0) return { status: "error", message: t("enterBoth"), email, fieldErrors };
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
        return { status: "success", message: t("signedIn"), email };
      }
      // The server's own words are English; the interface says the same in the editor's language.
      if (error.status === 429) {
        const key = error.code === "ACCOUNT_LOCKED" ? "accountLocked" : "tooMany";
        return { status: "error", message: t(key, { wait: wait(retryAfter ?? 60) }), email };
      }
      if (error.status === 503) return { status: "error", message: t("unavailable"), email };
      if (error.status === 403)
        return { status: "error", message: error.code === "BANNED_USER" ? t("suspended") : t("refused"), email };
      return { status: "error", message: t("wrong"), email };
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
        labelSeparator={separators.label}
        errors={Object.entries(errors).map(([field, messages]) => ({
          field,
          label: field === "email" ? t("email") : t("password"),
          message: messages.join(separators.list),
        }))}
      />
      <FieldShell id="login-email" label={t("email")} errors={errors.email} separators={separators}>
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
      <FieldShell id="login-password" label={t("password")} errors={errors.password} separators={separators}>
        <Input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy("login-password", undefined, errors.password)}
        />
      </FieldShell>
      <SubmitButton variant="accent" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
