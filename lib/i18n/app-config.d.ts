import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Typed keys: `t("nav.startups")` fails the typecheck when English has no such message. The interface
// lives in use-intl (next-intl re-exports it); augmenting it under "next-intl" does not reach it here.
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
